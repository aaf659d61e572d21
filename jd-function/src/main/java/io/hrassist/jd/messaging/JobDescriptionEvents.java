package io.hrassist.jd.messaging;

import io.hrassist.events.EventTypes;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.http.CloudEventHandler;
import io.hrassist.jd.JobDescriptionFunction;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Maps {@value EventTypes#JOB_DESCRIPTION_REQUESTED} at {@code POST /} onto the job-description function. */
@Factory
class JobDescriptionEvents {

    @Singleton
    CloudEventHandler<JobDescriptionRequested> jobDescriptionRequested(JobDescriptionFunction function) {
        return CloudEventHandler.replying(
                EventTypes.JOB_DESCRIPTION_REQUESTED,
                JobDescriptionRequested.class,
                EventTypes.JOB_DESCRIPTION_GENERATED,
                function,
                function::offline);
    }
}
