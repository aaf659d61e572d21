package io.hrassist.ui.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.UUID;

/** The edited job description of a vacancy at the Core API: read it, save it naming the version read. */
@Singleton
public class JobDescriptionApi {

    private final ApiClient client;

    JobDescriptionApi(ApiClient client) {
        this.client = client;
    }

    /** The saved edit, or null when nobody saved one. */
    public @Nullable JobDescriptionEdit edit(String token, UUID vacancy) {
        try {
            return client.call(HttpRequest.GET(path(vacancy)), token, Argument.of(JobDescriptionEdit.class));
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return null;
            }
            throw problem;
        }
    }

    /**
     * Saves {@code markdown}; {@code version} is the one read (null for the first save). Someone else's save since is
     * an {@link ApiProblem} with status 409, and nothing is overwritten.
     */
    public JobDescriptionEdit save(
            String token, UUID vacancy, String markdown, @Nullable UUID basedOnTask, @Nullable Long version) {
        var body = new HashMap<String, Object>();
        body.put("markdown", markdown);
        if (basedOnTask != null) {
            body.put("basedOnTask", basedOnTask);
        }
        if (version != null) {
            body.put("version", version);
        }
        return client.call(HttpRequest.PUT(path(vacancy), body), token, Argument.of(JobDescriptionEdit.class));
    }

    private static String path(UUID vacancy) {
        return ApiClient.V1 + "/vacancies/" + vacancy + "/job-description";
    }
}
