package io.hrassist.ui.api;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.StringJoiner;

/**
 * The candidate list as asked for: only a stage, only a flag ({@code ""}: any), in a sort order; anything unknown falls
 * back to the default, so a hand-edited address still shows a list.
 */
public record CandidateFilter(String stage, String flag, String sort) {

    public static final List<String> STAGES = List.of("NEW", "SHORTLISTED", "INTERVIEW", "OFFER", "HIRED", "REJECTED");
    public static final List<String> FLAGS = List.of(
            "HIDDEN_TEXT",
            "PROMPT_INJECTION",
            "NO_TEXT",
            "KEYWORD_STUFFING",
            "UNSUPPORTED_DOCUMENT",
            "MODEL_DISAGREEMENT",
            "PROTECTED_TRAIT");
    public static final List<String> SORTS = List.of("SCORE", "NAME", "NEWEST", "OLDEST", "STAGE");
    public static final CandidateFilter NONE = new CandidateFilter("", "", "SCORE");

    public CandidateFilter {
        stage = stage != null && STAGES.contains(stage) ? stage : "";
        flag = flag != null && FLAGS.contains(flag) ? flag : "";
        sort = sort != null && SORTS.contains(sort) ? sort : SORTS.get(0);
    }

    public static CandidateFilter of(@Nullable String stage, @Nullable String flag, @Nullable String sort) {
        return new CandidateFilter(stage, flag, sort);
    }

    /** Whether some candidates may be left out. */
    public boolean narrowed() {
        return !stage.isEmpty() || !flag.isEmpty();
    }

    /** The query string of this filter ({@code ""} for the default list), with its {@code ?}. */
    public String query() {
        var query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (!stage.isEmpty()) {
            query.add("stage=" + stage);
        }
        if (!flag.isEmpty()) {
            query.add("flag=" + flag);
        }
        if (!sort.equals(SORTS.get(0))) {
            query.add("sort=" + sort);
        }
        return query.toString();
    }
}
