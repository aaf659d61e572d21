package io.hrassist.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.hrassist.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The contract depends on no framework, HTTP or CloudEvents SDK, so that any transport and any service can use it. */
    @ArchTest
    static final ArchRule contractIsTransportFree = noClasses()
            .that()
            .resideInAPackage("io.hrassist.events")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.micronaut..",
                    "io.cloudevents..",
                    "jakarta.inject..",
                    "io.hrassist.events.binding..",
                    "io.hrassist.events.http..");
}
