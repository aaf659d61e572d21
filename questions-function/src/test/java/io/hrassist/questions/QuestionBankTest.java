package io.hrassist.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.QuestionType;
import io.hrassist.questions.bank.JsonQuestionBank;
import io.hrassist.questions.domain.BankQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
