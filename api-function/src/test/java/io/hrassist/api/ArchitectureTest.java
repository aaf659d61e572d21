package io.hrassist.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.hrassist.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The use cases and their ports are plain Java: tested with in-memory fakes, served by any adapter. */
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
                    "io.micrometer..",
                    "io.cloudevents..",
                    "com.fasterxml..",
                    "java.sql..",
                    "..api.db..",
                    "..api.web..",
                    "..api.messaging..",
                    "..api.security..",
                    "..api.metrics..",
                    "..events.http..",
                    "..events.binding..");

    /** Web, messaging and security reach the database only through the domain's ports (AccountStore, OutboxQueue…). */
    @ArchTest
    static final ArchRule adaptersReachStorageThroughPorts = noClasses()
            .that()
            .resideInAnyPackage("..api.web..", "..api.messaging..", "..api.security..", "..api.metrics..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..api.db..");

    /** The inbound adapters know nothing of each other's insides: HTTP pages, event ingest and sign-in stay apart. */
    @ArchTest
    static final ArchRule messagingKnowsNoWebOrSecurity = noClasses()
            .that()
            .resideInAPackage("..api.messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..api.web..", "..api.security..");

    /** Storage implements the domain's ports and knows nobody who calls them. */
    @ArchTest
    static final ArchRule storageKnowsNoAdapters = noClasses()
            .that()
            .resideInAPackage("..api.db..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..api.web..", "..api.messaging..", "..api.security..", "..api.metrics..");

    /** The metrics hear the domain's events and read its ports; no other adapter calls them… */
    @ArchTest
    static final ArchRule nobodyCallsTheMetrics = noClasses()
            .that()
            .resideInAnyPackage("..api.web..", "..api.messaging..", "..api.security..", "..api.db..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..api.metrics..");

    /** …and they call none. */
    @ArchTest
    static final ArchRule metricsKnowNoOtherAdapter = noClasses()
            .that()
            .resideInAPackage("..api.metrics..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..api.web..", "..api.messaging..", "..api.security..");

    /** Controllers know no other adapter: events and sign-in are reached through the domain's ports. */
    @ArchTest
    static final ArchRule webKnowsNoOtherAdapter = noClasses()
            .that()
            .resideInAPackage("..api.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..api.messaging..", "..api.security..");

    /** Sign-in and users know no controller of the API's resources and no messaging. */
    @ArchTest
    static final ArchRule securityKnowsNoOtherAdapter = noClasses()
            .that()
            .resideInAPackage("..api.security..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..api.web..", "..api.messaging..");
}
