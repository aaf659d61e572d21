package io.hrassist.bench.ranking;

/**
 * The two halves of each vacancy's resumes, kept in folders of those names. The floor test guards the held-in half; the
 * held-out half is only measured, so that a change tuned on what the test sees shows whether it generalizes.
 */
public enum Split {
    HELD_IN("held-in"),
    HELD_OUT("held-out");

    private final String folder;

    Split(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }
}
