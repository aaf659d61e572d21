package io.hrassist.jd.messaging;

import io.hrassist.events.EventType;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.binding.CloudEventHandler;
import io.hrassist.jd.JobDescriptionFunction;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Maps {@link EventType#JOB_DESCRIPTION_REQUESTED} at {@code POST /} onto the job-description function. */
@Factory
class JobDescriptionEvents {

    @Singleton
    CloudEventHandler<JobDescriptionRequested> jobDescriptionRequested(JobDescriptionFunction function) {
        return CloudEventHandler.replying(
                EventType.JOB_DESCRIPTION_REQUESTED, EventType.JOB_DESCRIPTION_GENERATED, function, function::offline);
    }
}
