package io.hrassist.questions.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated.RubricLevel;
import io.hrassist.events.Language;
import io.hrassist.events.QuestionType;
import io.hrassist.questions.domain.BankQuestion;
import io.hrassist.questions.domain.KitDefaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

    private final JsonQuestionBank bank = new JsonQuestionBank(new ObjectMapper());

    @Test
    void indexListsEveryBankFile() throws IOException {
        Path root = Path.of("src/main/resources/bank");
        try (Stream<Path> files = Files.walk(root)) {
            var onDisk = files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
            var listed = Files.readAllLines(root.resolve("index.txt")).stream()
                    .filter(l -> !l.isBlank())
                    .sorted()
                    .toList();
            assertThat(listed).isEqualTo(onDisk);
        }
    }

    @Test
    void holdsAtLeastThreeHundredQuestionsOverFortySkillsPlusGeneralSets() {
        assertThat(bank.size()).isGreaterThanOrEqualTo(300);
        assertThat(bank.general())
                .extracting(BankQuestion::type)
                .contains(QuestionType.BEHAVIORAL, QuestionType.SITUATIONAL);
        long skills = Stream.of("Java", "Kubernetes", "PostgreSQL", "B2B sales", "Recruiting", "Figma")
                .filter(s -> bank.skillFor(s).isPresent())
                .count();
        assertThat(skills).isEqualTo(6);
    }

    @Test
    void mapsVacancySkillsThroughAliases() {
        assertThat(bank.skillFor("k8s")).hasValue("Kubernetes");
        assertThat(bank.skillFor("Spring Boot")).hasValue("Java");
        assertThat(bank.skillFor("Basket weaving")).isEmpty();
    }

    @Test
    void hasWellWrittenTemplatesOfEveryTypeForEverySeniorityInBothLanguages() {
        for (QuestionType type : QuestionType.values()) {
            for (String level : List.of("junior", "middle", "senior")) {
                assertThat(bank.templates())
                        .filteredOn(t -> t.type() == type && t.level().equals(level))
                        .as("%s %s", type, level)
                        .hasSizeGreaterThanOrEqualTo(2)
                        .allSatisfy(t -> {
                            for (Language language : Language.values()) {
                                var q = t.texts().get(language);
                                assertThat(q.text()).contains(BankQuestion.SKILL);
                                assertThat(q.goodAnswer()).hasSizeBetween(3, 5);
                                assertThat(q.rubric())
                                        .extracting(RubricLevel::score)
                                        .containsExactly(1, 2, 3, 4, 5);
                                assertThat(q.rubric())
                                        .allSatisfy(
                                                l -> assertThat(l.description()).hasSizeGreaterThan(20));
                                assertThat(q.followUps()).hasSizeGreaterThanOrEqualTo(2);
                                assertThat(q.redFlags()).hasSizeGreaterThanOrEqualTo(2);
                            }
                        });
            }
        }
        assertThat(bank.templates()).extracting(BankQuestion::id).doesNotHaveDuplicates();
    }

    @Test
    void hasFollowUpsRedFlagsAndScoringForEveryTypeAndLanguage() {
        KitDefaults defaults = bank.defaults();
        for (Language language : Language.values()) {
            for (QuestionType type : QuestionType.values()) {
                assertThat(defaults.followUps().get(type).get(language)).isNotEmpty();
                assertThat(defaults.redFlags().get(type).get(language)).isNotEmpty();
            }
            assertThat(defaults.scoring().get(language)).isNotBlank();
        }
    }
}
