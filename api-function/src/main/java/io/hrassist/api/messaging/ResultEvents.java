package io.hrassist.api.messaging;

import io.hrassist.api.domain.RecordResult;
import io.hrassist.api.domain.ResultPolicy;
import io.hrassist.events.EventType;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.TaskFailed;
import io.hrassist.events.binding.CloudEventHandler;
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
        return ResultHandler.succeeded(EventType.JOB_DESCRIPTION_GENERATED, recordResult);
    }

    @Singleton
    CloudEventHandler<InterviewQuestionsGenerated> interviewQuestionsGenerated(RecordResult recordResult) {
        return ResultHandler.succeeded(EventType.INTERVIEW_QUESTIONS_GENERATED, recordResult);
    }

    @Singleton
    CloudEventHandler<ResumeEvaluated> resumeEvaluated(RecordResult recordResult) {
        return ResultHandler.succeeded(EventType.RESUME_EVALUATION_COMPLETED, recordResult);
    }

    @Singleton
    CloudEventHandler<TaskFailed> taskFailed(RecordResult recordResult) {
        return ResultHandler.failed(EventType.TASK_FAILED, recordResult, f -> f.reason() + ": " + f.detail());
    }
}
