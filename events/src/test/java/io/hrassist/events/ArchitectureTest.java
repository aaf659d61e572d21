package io.hrassist.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.hrassist.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The contract records stay free of HTTP and the CloudEvents SDK, so any transport can carry them. */
    @ArchTest
    static final ArchRule contractIsTransportFree = noClasses()
            .that()
            .resideInAPackage("io.hrassist.events")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut..", "io.cloudevents..", "io.hrassist.events.http..");
}
