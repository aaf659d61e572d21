package io.hrassist.ui.web;

import io.hrassist.ui.api.Candidate;
import io.hrassist.ui.api.CandidateFilter;
import io.hrassist.ui.api.CoreApi;
import io.hrassist.ui.render.Comparison;
import io.hrassist.ui.render.Evaluation;
import io.hrassist.ui.render.Results;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.annotation.Nullable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two or three candidates of a vacancy side by side ({@code c} names each): score, stage, flags, and every criterion
 * with its status and quotes. Fewer or more are refused on the page, with the way back to the list.
 */
@Controller("/vacancies/{id}/compare")
@ExecuteOn(TaskExecutors.BLOCKING)
class ComparePage {

    /** The most candidates a comparison shows: more columns no longer fit beside each other. */
    static final int MAX = 3;

    private final CoreApi api;
    private final Results results;

    ComparePage(CoreApi api, Results results) {
        this.api = api;
        this.results = results;
    }

    @Get
    HttpResponse<?> compare(HttpRequest<?> request, UUID id, @Nullable @QueryValue("c") List<String> chosen) {
        String token = Session.token(request);
        var vacancy = api.vacancy(token, id); // first: an unknown vacancy is a 404
        var asked = ids(chosen);
        Map<UUID, Candidate> listed = api.candidates(token, id, CandidateFilter.NONE).stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        List<Evaluation> shown = asked.stream()
                .map(listed::get)
                .filter(Objects::nonNull)
                .map(c -> results.evaluation(c, c.rank(), null))
                .toList();
        var view = Pages.view("compare", "vacancy", vacancy, "max", MAX);
        if (asked.size() > MAX || shown.size() < 2) {
            view.getModel().orElseThrow().put("refusal", asked.size() > MAX ? "tooMany" : "tooFew");
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view);
        }
        view.getModel().orElseThrow().put("comparison", Comparison.of(shown));
        return HttpResponse.ok(view);
    }

    /** The candidate ids asked for, each once, in their order; anything else in {@code c} is no candidate. */
    private static List<UUID> ids(@Nullable List<String> chosen) {
        var ids = new LinkedHashSet<UUID>();
        for (String value : chosen == null ? List.<String>of() : chosen) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException notAnId) {
                // skipped: counted as a candidate not found
            }
        }
        return List.copyOf(ids);
    }
}
