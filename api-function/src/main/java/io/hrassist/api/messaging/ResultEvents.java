package io.hrassist.api.messaging;

import io.hrassist.api.domain.RecordResult;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.events.EventTypes;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.TaskFailed;
import io.hrassist.events.http.CloudEventHandler;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The result events the API ingests at {@code POST /}, whoever requested them. */
@Factory
class ResultEvents {

    @Singleton
    CloudEventHandler<JobDescriptionGenerated> jobDescriptionGenerated(RecordResult recordResult) {
        return ResultHandler.succeeded(
                TaskKind.JOB_DESCRIPTION, JobDescriptionGenerated.class, recordResult, ResultHandler::noScore);
    }

    @Singleton
    CloudEventHandler<InterviewQuestionsGenerated> interviewQuestionsGenerated(RecordResult recordResult) {
        return ResultHandler.succeeded(
                TaskKind.INTERVIEW_QUESTIONS, InterviewQuestionsGenerated.class, recordResult, ResultHandler::noScore);
    }

    @Singleton
    CloudEventHandler<ResumeEvaluated> resumeEvaluated(RecordResult recordResult) {
        return ResultHandler.succeeded(
                TaskKind.RESUME_EVALUATION, ResumeEvaluated.class, recordResult, ResumeEvaluated::score);
    }

    @Singleton
    CloudEventHandler<TaskFailed> taskFailed(RecordResult recordResult) {
        return ResultHandler.failed(
                EventTypes.TASK_FAILED, TaskFailed.class, recordResult, f -> f.reason() + ": " + f.detail());
    }
}
