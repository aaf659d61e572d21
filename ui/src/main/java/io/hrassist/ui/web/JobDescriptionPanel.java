package io.hrassist.ui.web;

import io.hrassist.ui.api.CoreApi;
import io.hrassist.ui.api.JobDescriptionApi;
import io.hrassist.ui.api.JobDescriptionEdit;
import io.hrassist.ui.api.Task;
import io.hrassist.ui.render.Failure;
import io.hrassist.ui.render.JobDescription;
import io.hrassist.ui.render.Results;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The job description panel's model: the latest generation task, and the text shown — the one a recruiter saved when
 * it was made from that task or after the task started, else the generated one — with the version the next save names.
 */
@Singleton
class JobDescriptionPanel {

    private final CoreApi api;
    private final JobDescriptionApi edits;
    private final Results results;

    JobDescriptionPanel(CoreApi api, JobDescriptionApi edits, Results results) {
        this.api = api;
        this.edits = edits;
        this.results = results;
    }

    Map<String, Object> model(String token, UUID vacancy) {
        return model(token, vacancy, api.latestTask(token, vacancy, "JOB_DESCRIPTION"));
    }

    /** The model for {@code task}; while it runs, only its progress (the edit is not asked for every second). */
    Map<String, Object> model(String token, UUID vacancy, @Nullable Task task) {
        JobDescriptionEdit edit = task != null && task.pending() ? null : edits.edit(token, vacancy);
        JobDescription generated = results.jobDescription(task);
        boolean editShown = edit != null && (generated == null || madeFrom(edit, task));
        JobDescription shown = !editShown
                ? generated
                : generated == null
                        ? JobDescription.edited(edit.markdown(), edit.warnings())
                        : generated.edit(edit.markdown(), edit.warnings());
        var model = new HashMap<String, Object>();
        model.put("vacancyId", vacancy);
        model.put("jdTask", task);
        model.put("jdFailure", task == null ? null : Failure.of(task.error()));
        model.put("jd", shown);
        model.put("jdEdit", editShown ? edit : null);
        model.put("jdVersion", edit == null ? null : edit.version());
        model.put("jdBasedOn", generated == null ? null : task.id());
        model.put("jdFlagged", shown == null ? 0 : shown.flagged().size());
        model.put("jdEditing", false);
        model.put("jdConflict", false);
        return model;
    }

    private static boolean madeFrom(JobDescriptionEdit edit, Task task) {
        return task.id().equals(edit.basedOnTask())
                || task.createdAt() != null && edit.editedAt().isAfter(task.createdAt());
    }
}
