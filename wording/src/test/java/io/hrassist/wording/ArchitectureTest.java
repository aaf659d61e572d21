package io.hrassist.wording;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.hrassist.wording", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The check depends on no framework and on no service, so that any service can screen its texts with it. */
    @ArchTest
    static final ArchRule frameworkFree = noClasses()
            .that()
            .resideInAPackage("io.hrassist.wording..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.micronaut..",
                    "jakarta.inject..",
                    "io.hrassist.jd..",
                    "io.hrassist.api..",
                    "io.hrassist.events.binding..");
}
