package io.hrassist.bench.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code grades.csv}: a header, then {@code vacancy,resume,grade,reason} per line. The reason is the rest of the line,
 * commas and all, so that a recruiter's sentence needs no quoting; lines starting with {@code #} are comments.
 */
final class Grades {

    static final String HEADER = "vacancy,resume,grade,reason";

    /** One graded resume as the file states it. */
    record Row(int grade, String reason) {}

    private Grades() {}

    /** Rows by {@code vacancy/resume}. */
    static Map<String, Row> read(Path file) {
        List<String> lines = lines(file);
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IllegalArgumentException(file + " must start with the header " + HEADER);
        }
        var rows = new LinkedHashMap<String, Row>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", 4);
            if (cells.length < 4 || !cells[2].strip().matches("[0-9]")) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": want " + HEADER + ", got " + line);
            }
            String key = GradedResume.key(cells[0].strip(), cells[1].strip());
            if (rows.put(key, new Row(Integer.parseInt(cells[2].strip()), cells[3].strip())) != null) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + key + " is graded twice");
            }
        }
        return rows;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
