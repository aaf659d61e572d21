package io.hrassist.bench.ranking;

import java.util.EnumSet;
import java.util.Set;

/** Which resumes of a vacancy a figure is computed over: one half, or both together. */
public enum View {
    HELD_IN("held-in", EnumSet.of(Split.HELD_IN)),
    HELD_OUT("held-out", EnumSet.of(Split.HELD_OUT)),
    ALL("all", EnumSet.allOf(Split.class));

    private final String label;
    private final Set<Split> splits;

    View(String label, Set<Split> splits) {
        this.label = label;
        this.splits = splits;
    }

    public String label() {
        return label;
    }

    public Set<Split> splits() {
        return splits;
    }
}
