package io.hrassist.bench.ranking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.VacancyBrief;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The benchmark set as it lies on disk: {@code <vacancy>/vacancy.json} (a {@link VacancyBrief}), the resumes in
 * {@code <vacancy>/held-in/} and {@code <vacancy>/held-out/}, and one {@code grades.csv} for all of them. Loading
 * refuses a resume without a grade and a grade without a resume, so that the figures always cover the whole set.
 */
public record BenchmarkSet(List<VacancyCase> vacancies) {

    static final String GRADES = "grades.csv";
    static final String VACANCY = "vacancy.json";

    public BenchmarkSet {
        vacancies = List.copyOf(vacancies);
    }

    /** All resumes of all vacancies. */
    public Stream<GradedResume> resumes() {
        return vacancies.stream().flatMap(v -> v.resumes().stream());
    }

    public static BenchmarkSet load(Path folder) {
        Map<String, Grades.Row> grades = new HashMap<>(Grades.read(folder.resolve(GRADES)));
        var mapper = new ObjectMapper();
        var vacancies = new ArrayList<VacancyCase>();
        for (Path dir : list(folder, Files::isDirectory)) {
            String id = dir.getFileName().toString();
            VacancyBrief brief = read(mapper, dir.resolve(VACANCY));
            var resumes = new ArrayList<GradedResume>();
            for (Split split : Split.values()) {
                for (Path file : list(dir.resolve(split.folder()), Files::isRegularFile)) {
                    String name = file.getFileName().toString();
                    Grades.Row row = grades.remove(GradedResume.key(id, name));
                    if (row == null) {
                        throw new IllegalArgumentException(
                                GradedResume.key(id, name) + " has no grade in " + GRADES + " (or is graded twice)");
                    }
                    resumes.add(new GradedResume(id, split, name, row.grade(), row.reason(), bytes(file)));
                }
            }
            vacancies.add(new VacancyCase(id, brief, resumes));
        }
        if (!grades.isEmpty()) {
            throw new IllegalArgumentException(GRADES + " grades files that do not exist: " + grades.keySet());
        }
        return new BenchmarkSet(vacancies);
    }

    private static List<Path> list(Path dir, Predicate<Path> kind) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(kind).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VacancyBrief read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readValue(Files.readString(file, StandardCharsets.UTF_8), VacancyBrief.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
