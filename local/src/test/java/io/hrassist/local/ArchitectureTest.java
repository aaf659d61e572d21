package io.hrassist.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.hrassist.local", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Classes Maven compiled from {@code src/test}. */
    private static final DescribedPredicate<JavaClass> TEST_CODE = DescribedPredicate.describe(
            "compiled from src/test",
            c -> c.getSource()
                    .map(s -> s.getUri().toString().contains("/test-classes/"))
                    .orElse(false));

    /** {@code ./hr-assist run} ships without the test path: the launcher uses no test library and no test class. */
    @ArchTest
    static final ArchRule launcherUsesNoTestCode = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.junit..",
                    "org.assertj..",
                    "org.awaitility..",
                    "com.tngtech.archunit..",
                    // test scope here: with RabbitMQ the services, not the launcher, speak AMQP
                    "io.hrassist.events.rabbitmq..")
            .orShould()
            .dependOnClassesThat(TEST_CODE);

    /**
     * Each service runs as its own process, as in a cluster: the launcher starts their jars (on its class path for the
     * build order only) and links none of their code, nor Micronaut.
     */
    @ArchTest
    static final ArchRule launcherLinksNoServiceCode = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.hrassist.api..",
                    "io.hrassist.jd..",
                    "io.hrassist.questions..",
                    "io.hrassist.resume..",
                    "io.hrassist.ui..",
                    "io.hrassist.llm..",
                    "io.micronaut..");

    /** The rule above can fail: a class of src/test is told from the launcher's own. */
    @Test
    void testCodeIsToldApart() {
        var importer = new ClassFileImporter();

        assertThat(TEST_CODE.test(importer.importClass(SystemClient.class))).isTrue();
        assertThat(TEST_CODE.test(importer.importClass(Launcher.class))).isFalse();
    }
}
