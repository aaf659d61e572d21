package io.hrassist.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProtectedTraitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Male|sex or gender",
                "Female|sex or gender",
                "women only|sex or gender",
                "Must be a man|sex or gender",
                "Gender: female|sex or gender",
                "мужчина|sex or gender",
                "Девушки до 25 лет|sex or gender",
                "Пол: мужской|sex or gender",
                "under 30|age",
                "Age 25-35|age",
                "Younger than 40|age",
                "Young and energetic|age",
                "Digital native|age",
                "возраст до 35|age",
                "до 35 лет|age",
                "Не старше 45|age",
                "No children|family status",
                "Unmarried|family status",
                "Single|family status",
                "Marital status: married|family status",
                "без детей|family status",
                "Не замужем|family status",
                "Christian|religion or belief",
                "Practising Muslim|religion or belief",
                "Православный|religion or belief",
                "Native English speaker|national or ethnic origin",
                "Russian nationality|national or ethnic origin",
                "Caucasian|national or ethnic origin",
                "Of European descent|national or ethnic origin",
                "Славянин|national or ethnic origin",
                "Славянская внешность|national or ethnic origin",
                "Носитель русского языка|national or ethnic origin",
                "No disabilities|disability or health",
                "Able-bodied|disability or health",
                "Отсутствие инвалидности|disability or health",
                "Хорошее здоровье|disability or health",
                "Heterosexual|sexual orientation",
                "Non-union|political opinion or union membership",
                "Не состоит в профсоюзе|political opinion or union membership"
            })
    void findsAProtectedTraitInEnglishAndRussian(String criterion, String trait) {
        assertThat(ProtectedTraits.find(criterion))
                .as(criterion)
                .hasValueSatisfying(found -> assertThat(found.trait()).isEqualTo(trait));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Java",
                "English C1",
                "Fluent English",
                "Russian",
                "Русский язык",
                "Negotiation",
                "Race conditions",
                "White-box testing",
                "Single sign-on",
                "Single-page applications",
                "React Native",
                "Cloud-native architecture",
                "Gradient descent",
                "Women's fashion retail",
                "Working with children",
                "Working with young people",
                "Disability support services",
                "Работа с инвалидами",
                "Slavic languages",
                "Славянские языки",
                "Manual testing",
                "Management",
                "Human resources",
                "Age-appropriate teaching",
                "Ориентация на результат",
                "Клиентоориентированность",
                "Straight-through processing",
                "Gen Z marketing",
                "5+ years of experience",
                "Over 10 years in sales",
                "Опыт от 3 до 5 лет",
                "Опыт работы от 10 до 15 лет",
                "Trade union negotiations",
                "Health and safety",
                "Healthcare IT",
                "Stage management",
                "Kotlin Multiplatform",
                "Dependency injection",
                "Кубернетес"
            })
    void leavesSkillsAlone(String skill) {
        assertThat(ProtectedTraits.find(skill)).as(skill).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Native English speaker", "  Native   English speaker "})
    void saysWhichCriterionAndWhy(String criterion) {
        assertThat(ProtectedTraits.find(criterion).orElseThrow().reason())
                .isEqualTo("\"Native English speaker\" names a protected trait (national or ethnic origin); candidates"
                        + " must not be scored on it.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Female|SEX_OR_GENDER",
                "under 30|AGE",
                "без детей|FAMILY_STATUS",
                "Native English speaker|NATIONAL_OR_ETHNIC_ORIGIN"
            })
    void namesTheTraitByAStableCode(String skill, String code) {
        assertThat(ProtectedTraits.find(skill).orElseThrow().code()).isEqualTo(code);
    }
}
