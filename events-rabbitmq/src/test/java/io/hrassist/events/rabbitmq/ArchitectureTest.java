package io.hrassist.events.rabbitmq;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.hrassist.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * RabbitMQ is a transport beside HTTP, not on top of it: it feeds the transport-neutral dispatcher of
     * {@code events.binding} and knows nothing of the HTTP binding, Micronaut HTTP or the CloudEvents HTTP SDK.
     */
    @ArchTest
    static final ArchRule knowsNoHttp = noClasses()
            .that()
            .resideInAPackage("io.hrassist.events.rabbitmq..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.hrassist.events.http..", "io.micronaut.http..", "io.cloudevents.http..");
}
