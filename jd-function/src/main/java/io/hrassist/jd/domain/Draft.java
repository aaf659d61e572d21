package io.hrassist.jd.domain;

import java.util.List;

/**
 * The prose of a job description a model wrote: what the role is about, what the person will do, how they grow.
 * Requirements are never part of it; they come from the vacancy as given.
 */
public record Draft(String summary, List<String> responsibilities, String growth) {

    public Draft {
        if (summary == null || summary.isBlank() || summary.length() > 2000) {
            throw new IllegalArgumentException("summary must be 1 to 2000 characters");
        }
        if (responsibilities == null || responsibilities.size() < 3 || responsibilities.size() > 10) {
            throw new IllegalArgumentException("responsibilities must list 3 to 10 items");
        }
        if (responsibilities.stream().anyMatch(r -> r == null || r.isBlank() || r.length() > 400)) {
            throw new IllegalArgumentException("each responsibility must be 1 to 400 characters");
        }
        if (growth != null && growth.length() > 600) {
            throw new IllegalArgumentException("growth must be at most 600 characters");
        }
        summary = summary.strip();
        responsibilities = responsibilities.stream().map(String::strip).toList();
        growth = growth == null || growth.isBlank() ? null : growth.strip();
    }
}
