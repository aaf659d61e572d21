package io.hrassist.jd;

import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.llm.ModelFirst;
import io.micronaut.function.FunctionBean;
import io.micronaut.http.annotation.Body;
import java.util.function.Function;

/**
 * The generator's core as a plain function from request to result; the whole JSON body is the request. Its engine
 * ({@link JobDescriptionEngine}) lets the model draft the prose when one is configured, else the knowledge base
 * drafts, and the result says which.
 */
@FunctionBean("job-description")
public class JobDescriptionFunction implements Function<JobDescriptionRequested, JobDescriptionGenerated> {

    private final ModelFirst<JobDescriptionRequested, JobDescriptionGenerated> engine;

    JobDescriptionFunction(ModelFirst<JobDescriptionRequested, JobDescriptionGenerated> engine) {
        this.engine = engine;
    }

    @Override
    public JobDescriptionGenerated apply(@Body JobDescriptionRequested request) {
        return engine.apply(request);
    }

    /** The offline engine alone, never the model: the cold-start warm-up answers its sample with it. */
    public JobDescriptionGenerated offline(JobDescriptionRequested request) {
        return engine.offline(request);
    }
}
