package io.hrassist.events.binding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.hrassist.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Handlers and the dispatcher serve every transport: nothing in them knows HTTP. */
    @ArchTest
    static final ArchRule dispatchingIsTransportNeutral = noClasses()
            .that()
            .resideInAPackage("io.hrassist.events.binding..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut.http..", "io.cloudevents.http..", "io.hrassist.events.http..");
}
