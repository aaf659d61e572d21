package io.hrassist.events;

import jakarta.annotation.Nullable;

/**
 * Data of {@link EventType#RESUME_EVALUATION_REQUESTED}: evaluate this resume document against the vacancy. The
 * document travels whole (base64 in JSON) so the evaluator can tell visible from hidden text.
 */
public record ResumeEvaluationRequested(
        @Nullable String vacancyId, @Nullable String candidateId, VacancyBrief vacancy, Document document) {

    public ResumeEvaluationRequested {
        vacancyId = Checks.optionalText(vacancyId, "vacancyId", 100);
        candidateId = Checks.optionalText(candidateId, "candidateId", 100);
        vacancy = Checks.required(vacancy, "vacancy");
        document = Checks.required(document, "document");
    }

    /** The original file: name as uploaded, declared media type (informational only) and bytes. */
    public record Document(String fileName, @Nullable String mediaType, byte[] content) {

        public static final int MAX_BYTES = 10 * 1024 * 1024;

        public Document {
            fileName = Checks.text(fileName, "document.fileName", 255);
            mediaType = Checks.optionalText(mediaType, "document.mediaType", 200);
            content = Checks.required(content, "document.content");
            if (content.length == 0) {
                throw new IllegalArgumentException("document.content must not be empty");
            }
            if (content.length > MAX_BYTES) {
                throw new IllegalArgumentException("document.content must be at most " + MAX_BYTES + " bytes");
            }
        }
    }
}
