package io.hrassist.jd;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.hrassist.events.fixtures.FunctionArchitecture;

@AnalyzeClasses(packages = "io.hrassist.jd", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The domain is plain Java over the contract's records and the wording library (framework-free, checked in its
     * module): see {@link FunctionArchitecture#domainIsFrameworkFree(String...)}.
     */
    @ArchTest
    static final ArchRule domainIsFrameworkFree = FunctionArchitecture.domainIsFrameworkFree("io.hrassist.wording");

    /** Each adapter is replaced or tested on its own, through the domain. */
    @ArchTest
    static final ArchRule adaptersStayApart = FunctionArchitecture.adaptersStayApart("..kb..");
}
