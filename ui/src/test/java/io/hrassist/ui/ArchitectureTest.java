package io.hrassist.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.hrassist.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** What a page shows is computed apart from how it is served: render is tested without a server or a request. */
    @ArchTest
    static final ArchRule renderKnowsNoWeb = noClasses()
            .that()
            .resideInAPackage("..ui.render..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..ui.web..", "io.micronaut.http..", "io.micronaut.views..");

    /** The Core API client serves any page and knows none: no controller, no view model, no server-side HTTP. */
    @ArchTest
    static final ArchRule apiClientKnowsNoPages = noClasses()
            .that()
            .resideInAPackage("..ui.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..ui.web..", "..ui.render..", "io.micronaut.http.server..", "io.micronaut.views..");
}
