package io.hrassist.jd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.hrassist.jd", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.micronaut..",
                    "io.cloudevents..",
                    "com.fasterxml..",
                    "..kb..",
                    "..messaging..",
                    "..events.http..");

    @ArchTest
    static final ArchRule adaptersStayApart = noClasses()
            .that()
            .resideInAPackage("..kb..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..messaging..");
}
