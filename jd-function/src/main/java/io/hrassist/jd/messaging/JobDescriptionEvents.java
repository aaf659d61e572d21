package io.hrassist.jd.messaging;

import io.hrassist.events.EventTypes;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.http.CloudEventHandler;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.function.Function;

/** Maps {@value EventTypes#JOB_DESCRIPTION_REQUESTED} at {@code POST /} onto the job-description function. */
@Factory
class JobDescriptionEvents {

    @Singleton
    CloudEventHandler<JobDescriptionRequested> jobDescriptionRequested(
            Function<JobDescriptionRequested, JobDescriptionGenerated> function) {
        return CloudEventHandler.replying(
                EventTypes.JOB_DESCRIPTION_REQUESTED,
                JobDescriptionRequested.class,
                EventTypes.JOB_DESCRIPTION_GENERATED,
                function);
    }
}
