package io.hrassist.llm;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;

@AnalyzeClasses(packages = "io.hrassist.llm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String LANGCHAIN4J = "dev.langchain4j..";

    /** Callers see our types only, so LangChain4j can be upgraded or replaced without touching any function. */
    @ArchTest
    static final ArchRule publicMethodsNameNoLangChain4jType = codeUnits()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat()
            .arePublic()
            .should(nameNoTypeIn(LANGCHAIN4J));

    /** Callers see our types only: no public LangChain4j field either. */
    @ArchTest
    static final ArchRule publicFieldsHoldNoLangChain4jType =
            noFields().that().arePublic().should().haveRawType(resideInAPackage(LANGCHAIN4J));

    /** Callers see our types only: no public class is (or extends) a LangChain4j type. */
    @ArchTest
    static final ArchRule publicClassesExtendNoLangChain4jType =
            noClasses().that().arePublic().should().beAssignableTo(resideInAPackage(LANGCHAIN4J));

    /**
     * The gateway and its port decide retries, fallbacks and answer checks for every provider: they know no provider
     * SDK, no resilience library and no Micronaut, only the {@link LlmClient} port.
     */
    @ArchTest
    static final ArchRule gatewayKnowsNoProvider = noClasses()
            .that(belongToAnyOf(LlmGateway.class, LlmClient.class, Answer.class, JsonAnswers.class))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LANGCHAIN4J, "io.github.resilience4j..", "io.micronaut..")
            .orShould()
            .dependOnClassesThat(belongToAnyOf(OpenAiLlmClient.class, RetryAfterHttpClient.class));

    private static ArchCondition<JavaCodeUnit> nameNoTypeIn(String packageIdentifier) {
        var inPackage = resideInAPackage(packageIdentifier);
        return new ArchCondition<>("name no type in " + packageIdentifier) {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                Stream.concat(
                                Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream()),
                                unit.getThrowsClause().getTypes().stream())
                        .filter(inPackage)
                        .map(JavaClass::getName)
                        .forEach(type -> events.add(SimpleConditionEvent.violated(
                                unit, unit.getFullName() + " names " + type + " in " + unit.getSourceCodeLocation())));
            }
        };
    }
}
