package io.hrassist.resume;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.hrassist.events.fixtures.FunctionArchitecture;

@AnalyzeClasses(packages = "io.hrassist.resume", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree =
            FunctionArchitecture.domainIsFrameworkFree("..document..", "..taxonomy..", "..judge..");

    @ArchTest
    static final ArchRule adaptersStayApart =
            FunctionArchitecture.adaptersStayApart("..document..", "..taxonomy..", "..judge..");
}
