package io.hrassist.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated.Severity;
import io.hrassist.events.Language;
import io.hrassist.wording.Finding;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wording check on a table of sentences recruiters really write: what it must flag, with how serious it is, and
 * what it must leave alone. Unlawful wording (age, sex, origin, family, appearance, health, pregnancy, residence,
 * religion) is {@code UNLAWFUL}; gender-coded words and jargon are {@code HINT}s.
 */
class WordingTableTest {

    private static final Screening SCREENING = new Screening(new JsonWordingCheck(new ObjectMapper()), List.of());

    static Stream<Arguments> flagged() {
        return Stream.of(
                // English: unlawful
                flagged("en", "We are looking for someone under 30 for this role.", "under 30", Severity.UNLAWFUL),
                flagged("en", "Candidates under 30 only.", "under 30", Severity.UNLAWFUL),
                flagged("en", "No older than 40.", "older than 40", Severity.UNLAWFUL),
                flagged("en", "Applicants must not be pregnant.", "not be pregnant", Severity.UNLAWFUL),
                flagged("en", "We prefer female nurses.", "female nurses", Severity.UNLAWFUL),
                flagged("en", "Must be free of any disability.", "free of any disability", Severity.UNLAWFUL),
                flagged("en", "Married, with a stable home life.", "married", Severity.UNLAWFUL),
                flagged("en", "A presentable man for the front desk.", "presentable man", Severity.UNLAWFUL),
                flagged("en", "Join a young and dynamic team.", "young", Severity.UNLAWFUL),
                flagged("en", "Native English speakers preferred.", "native english speakers", Severity.UNLAWFUL),
                flagged("en", "You must be a native speaker.", "native speaker", Severity.UNLAWFUL),
                flagged("en", "Christian candidates only.", "christian candidates", Severity.UNLAWFUL),
                flagged("en", "No children or family commitments.", "no children", Severity.UNLAWFUL),
                flagged("en", "Must be in good health.", "good health", Severity.UNLAWFUL),
                // English: risks and hints
                flagged("en", "We are hiring delivery men for the night shift.", "delivery men", Severity.RISK),
                flagged("en", "Join our energetic sales floor.", "energetic", Severity.RISK),
                flagged("en", "Native-level German is a must.", "native-level german", Severity.RISK),
                flagged("en", "Crush your quotas every month.", "crush your quotas", Severity.HINT),
                flagged("en", "We need a rockstar developer.", "rockstar", Severity.HINT),
                flagged("en", "A coding ninja who ships fast.", "ninja", Severity.HINT),
                flagged("en", "Aggressive closers earn the most.", "aggressive", Severity.HINT),
                // Russian: unlawful
                flagged("ru", "Кандидатке в декрет не собираться.", "в декрет не собираться", Severity.UNLAWFUL),
                flagged("ru", "Возьмём студентку на лето.", "студентку", Severity.UNLAWFUL),
                flagged("ru", "Ищем славянина на должность охранника.", "славянина", Severity.UNLAWFUL),
                flagged("ru", "Предпочтение семейного человека.", "семейного человека", Severity.UNLAWFUL),
                flagged("ru", "Возраст до 35 лет.", "до 35 лет", Severity.UNLAWFUL),
                flagged("ru", "Требуется мужчина на склад.", "мужчина", Severity.UNLAWFUL),
                flagged("ru", "Обязательна московская прописка.", "прописка", Severity.UNLAWFUL),
                flagged("ru", "Приятная внешность обязательна.", "приятная внешность", Severity.UNLAWFUL),
                flagged("ru", "Крепкое здоровье.", "крепкое здоровье", Severity.UNLAWFUL),
                flagged("ru", "Только православные кандидаты.", "православные", Severity.UNLAWFUL),
                flagged("ru", "Молодой дружный коллектив.", "молодой", Severity.UNLAWFUL),
                flagged(
                        "ru",
                        "Обязательно: носитель английского языка.",
                        "носитель английского языка",
                        Severity.UNLAWFUL),
                flagged("ru", "Кандидат — носитель языка.", "носитель языка", Severity.UNLAWFUL),
                flagged("ru", "Испанский на уровне носителя.", "уровне носителя", Severity.RISK),
                // Russian: hints, ё and е alike
                flagged("ru", "Ищем рок-звёзд продаж!", "рок-звёзд", Severity.HINT),
                flagged("ru", "Нам нужны рок-звезды маркетинга.", "рок-звезды", Severity.HINT),
                flagged("ru", "Агрессивные продажи по телефону.", "агрессивные", Severity.HINT));
    }

    static Stream<Arguments> lawful() {
        return Stream.of(
                lawful("ru", "Опыт работы от 10 до 15 лет."),
                lawful("ru", "Стаж от 5 до 10 лет в бухгалтерии."),
                lawful("en", "You will care for young patients in the paediatric ward."),
                lawful("en", "Our lab works on high-energy physics experiments."),
                lawful("ru", "Вы будете работать в отделе молодёжной политики."),
                lawful("ru", "Мы молодая компания на растущем рынке."),
                lawful("en", "Competitive salary and a supportive manager."),
                lawful("en", "Invoices must be no older than 90 days."),
                lawful("en", "Response times under 30 minutes are expected."),
                lawful("en", "Hiring managers join every interview."),
                lawful("en", "Single sign-on across all our tools."),
                lawful("en", "Weekly English lessons with a native speaker."),
                lawful("ru", "Бесплатные занятия английским с носителем языка."),
                lawful("ru", "Зарплата от 150 000 ₽, оформление по ТК РФ."),
                lawful("ru", "Рассматриваем кандидатов любого возраста."),
                lawful("en", "The role is open to everyone; adjustments are available on request."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("flagged")
    void flagsWhatIsUnlawfulOrNarrowsWhoApplies(String language, String text, String phrase, Severity severity) {
        List<Finding> flags = SCREENING.flags(text, Language.valueOf(language.toUpperCase(Locale.ROOT)));

        assertThat(flags).as(text).anySatisfy(w -> {
            assertThat(w.phrase()).containsIgnoringCase(phrase);
            assertThat(w.severity()).isEqualTo(severity);
            assertThat(w.reason()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lawful")
    void leavesLawfulWordingAlone(String language, String text) {
        assertThat(SCREENING.flags(text, Language.valueOf(language.toUpperCase(Locale.ROOT))))
                .as(text)
                .isEmpty();
    }

    @Test
    void neverFlagsAnAllowedPhraseButStillTheRest() {
        Screening shelter = SCREENING.allowing(List.of("Female nurses"));
        String text = "We prefer female nurses. Candidates under 30 only.";

        assertThat(shelter.flags(text, Language.EN)).extracting(Finding::phrase).containsExactly("Candidates under 30");
        assertThat(SCREENING.flags(text, Language.EN)).hasSize(2);
        assertThat(SCREENING
                        .allowing(List.of("ПРЕДПОЧТЕНИЕ СЕМЕЙНОГО ЧЕЛОВЁКА"))
                        .flags("Предпочтение семейного человека.", Language.RU))
                .as("case and ё/е do not matter")
                .isEmpty();
    }

    private static Arguments flagged(String language, String text, String phrase, Severity severity) {
        return Arguments.of(language, text, phrase, severity);
    }

    private static Arguments lawful(String language, String text) {
        return Arguments.of(language, text);
    }
}
