package io.hrassist.bench.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hrassist.events.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set on disk is what {@code rubric.md} promises, and a broken set is refused with a reason. */
class BenchmarkSetTest {

    static final Path DATA = Path.of("data");

    @Test
    void coversBothLanguagesWithEnoughGradedResumesPerVacancy() {
        BenchmarkSet set = BenchmarkSet.load(DATA);

        assertThat(set.vacancies()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(set.vacancies()).extracting(v -> v.brief().language()).contains(Language.EN, Language.RU);
        for (VacancyCase vacancy : set.vacancies()) {
            assertThat(vacancy.resumes()).as(vacancy.id()).hasSizeGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void givesEachHalfTheWholeSpreadOfGrades() {
        for (VacancyCase vacancy : BenchmarkSet.load(DATA).vacancies()) {
            for (Split split : Split.values()) {
                List<Integer> grades = vacancy.in(EnumSet.of(split)).stream()
                        .map(GradedResume::grade)
                        .toList();
                assertThat(grades)
                        .as("%s %s", vacancy.id(), split.folder())
                        .hasSizeGreaterThanOrEqualTo(5)
                        .contains(0, GradedResume.MAX_GRADE);
                assertThat(grades.stream().distinct().count())
                        .as("%s %s", vacancy.id(), split.folder())
                        .isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void readsReasonsWithCommasWhole(@TempDir Path dir) throws IOException {
        vacancy(dir, "v1", "held-in/a.txt", "held-out/b.txt");
        grades(dir, "v1,a.txt,3,Java, Spring and Kafka in work", "v1,b.txt,0,a cook");

        BenchmarkSet set = BenchmarkSet.load(dir);

        assertThat(set.resumes())
                .extracting(GradedResume::key, GradedResume::split, GradedResume::grade, GradedResume::reason)
                .containsExactly(
                        tuple("v1/a.txt", Split.HELD_IN, 3, "Java, Spring and Kafka in work"),
                        tuple("v1/b.txt", Split.HELD_OUT, 0, "a cook"));
    }

    @Test
    void refusesAResumeWithoutAGrade(@TempDir Path dir) throws IOException {
        vacancy(dir, "v1", "held-in/a.txt", "held-out/b.txt");
        grades(dir, "v1,a.txt,3,fits");

        assertThatThrownBy(() -> BenchmarkSet.load(dir)).hasMessageContaining("v1/b.txt has no grade");
    }

    @Test
    void refusesAGradeWithoutAResume(@TempDir Path dir) throws IOException {
        vacancy(dir, "v1", "held-in/a.txt");
        grades(dir, "v1,a.txt,3,fits", "v1,gone.txt,1,left");

        assertThatThrownBy(() -> BenchmarkSet.load(dir)).hasMessageContaining("v1/gone.txt");
    }

    @Test
    void refusesAGradeOutsideTheRubricOrWithoutAReason(@TempDir Path dir) throws IOException {
        vacancy(dir, "v1", "held-in/a.txt");
        grades(dir, "v1,a.txt,4,too good");
        assertThatThrownBy(() -> BenchmarkSet.load(dir)).hasMessageContaining("grade 4 is not 0-3");

        grades(dir, "v1,a.txt,2,   ");
        assertThatThrownBy(() -> BenchmarkSet.load(dir)).hasMessageContaining("needs its reason");
    }

    private static void vacancy(Path dir, String id, String... resumes) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(id));
        Files.writeString(folder.resolve(BenchmarkSet.VACANCY), """
                {"title": "Cook", "language": "en", "mustHaveSkills": ["Cooking"], "niceToHaveSkills": []}
                """);
        for (Split split : Split.values()) {
            Files.createDirectories(folder.resolve(split.folder()));
        }
        for (String resume : resumes) {
            Files.writeString(folder.resolve(resume), "Cook, 2020 - present", StandardCharsets.UTF_8);
        }
    }

    private static void grades(Path dir, String... rows) throws IOException {
        Files.write(
                dir.resolve(BenchmarkSet.GRADES),
                Stream.concat(Stream.of(Grades.HEADER), Arrays.stream(rows)).toList(),
                StandardCharsets.UTF_8);
    }
}
