package io.hrassist.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.hrassist.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = noClasses()
            .that()
            .resideInAPackage("..api.domain..")
            .and()
            .haveNameNotMatching(".*\\$\\w+\\$Definition.*")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.micronaut..",
                    "io.cloudevents..",
                    "com.fasterxml..",
                    "java.sql..",
                    "..api.db..",
                    "..api.web..",
                    "..api.messaging..",
                    "..api.security..",
                    "..events.http..",
                    "..events.binding..");

    @ArchTest
    static final ArchRule webDoesNotReachIntoStorage = noClasses()
            .that()
            .resideInAPackage("..api.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..api.db..");

    @ArchTest
    static final ArchRule storageKnowsNoAdapters = noClasses()
            .that()
            .resideInAPackage("..api.db..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..api.web..", "..api.messaging..", "..api.security..");
}
