package io.hrassist.resume;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.hrassist.events.fixtures.FunctionArchitecture;

@AnalyzeClasses(packages = "io.hrassist.resume", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain is plain Java over the contract's records: see {@link FunctionArchitecture#domainIsFrameworkFree()}. */
    @ArchTest
    static final ArchRule domainIsFrameworkFree = FunctionArchitecture.domainIsFrameworkFree();

    /** Each adapter is replaced or tested on its own, through the domain. */
    @ArchTest
    static final ArchRule adaptersStayApart =
            FunctionArchitecture.adaptersStayApart("..document..", "..taxonomy..", "..judge..");
}
