package io.hrassist.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/** The API refused a call or could not be reached; {@code detail} is its problem+json detail when it gave one. */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final transient @Nullable JsonNode problem;

    public ApiProblem(int status, String detail) {
        this(status, detail, null);
    }

    public ApiProblem(int status, String detail, @Nullable JsonNode problem) {
        super(detail);
        this.status = status;
        this.problem = problem;
    }

    /** HTTP status of the API's answer; 0 when the API could not be reached. */
    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    /** The objects of an array field of the problem+json (such as {@code protectedTraits}); empty when not given. */
    public List<JsonNode> items(String name) {
        var items = new ArrayList<JsonNode>();
        if (problem != null && problem.path(name).isArray()) {
            problem.get(name).forEach(items::add);
        }
        return items;
    }

    /** A field of the problem+json beyond the standard ones (such as a duplicate's {@code candidateId}), if given. */
    public @Nullable String field(String name) {
        return problem != null && problem.hasNonNull(name) ? problem.get(name).asText() : null;
    }
}
