package io.hrassist.bench.ranking;

/**
 * One resume of the set: its vacancy, half and file, the grade a recruiter gave it for that vacancy (0-3, see
 * {@code rubric.md}) with the one-line reason, and the file's bytes as the engine receives them.
 */
public record GradedResume(String vacancy, Split split, String file, int grade, String reason, byte[] content) {

    public static final int MAX_GRADE = 3;

    public GradedResume {
        if (grade < 0 || grade > MAX_GRADE) {
            throw new IllegalArgumentException(key(vacancy, file) + ": grade " + grade + " is not 0-" + MAX_GRADE);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(key(vacancy, file) + ": a grade needs its reason");
        }
    }

    /** {@code vacancy/file}: unique in the set, as {@code grades.csv} names it. */
    public String key() {
        return key(vacancy, file);
    }

    static String key(String vacancy, String file) {
        return vacancy + "/" + file;
    }
}
