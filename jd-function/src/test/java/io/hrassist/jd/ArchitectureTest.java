package io.hrassist.jd;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.hrassist.events.fixtures.FunctionArchitecture;

@AnalyzeClasses(packages = "io.hrassist.jd", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = FunctionArchitecture.domainIsFrameworkFree("..kb..");

    @ArchTest
    static final ArchRule adaptersStayApart = FunctionArchitecture.adaptersStayApart("..kb..");
}
