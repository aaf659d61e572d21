package io.hrassist.api.messaging;

import io.hrassist.api.domain.RecordResult;
import io.hrassist.api.domain.ResultPolicy;
import io.hrassist.events.EventTypes;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.TaskFailed;
import io.hrassist.events.http.CloudEventHandler;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The result events the API ingests at {@code POST /} (or from its RabbitMQ queue), and which it records. */
@Factory
class ResultEvents {

    @Singleton
    ResultPolicy resultPolicy(@Value("${hr-assist.results.external-tasks:false}") boolean externalTasks) {
        return new ResultPolicy(externalTasks);
    }

    @Singleton
    CloudEventHandler<JobDescriptionGenerated> jobDescriptionGenerated(RecordResult recordResult) {
        return ResultHandler.succeeded(
                EventTypes.JOB_DESCRIPTION_GENERATED, JobDescriptionGenerated.class, recordResult);
    }

    @Singleton
    CloudEventHandler<InterviewQuestionsGenerated> interviewQuestionsGenerated(RecordResult recordResult) {
        return ResultHandler.succeeded(
                EventTypes.INTERVIEW_QUESTIONS_GENERATED, InterviewQuestionsGenerated.class, recordResult);
    }

    @Singleton
    CloudEventHandler<ResumeEvaluated> resumeEvaluated(RecordResult recordResult) {
        return ResultHandler.succeeded(EventTypes.RESUME_EVALUATION_COMPLETED, ResumeEvaluated.class, recordResult);
    }

    @Singleton
    CloudEventHandler<TaskFailed> taskFailed(RecordResult recordResult) {
        return ResultHandler.failed(
                EventTypes.TASK_FAILED, TaskFailed.class, recordResult, f -> f.reason() + ": " + f.detail());
    }
}
