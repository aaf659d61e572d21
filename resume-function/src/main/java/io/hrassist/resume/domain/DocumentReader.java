package io.hrassist.resume.domain;

import io.hrassist.events.ResumeEvaluationRequested.Document;

/** Extracts the visible text of a resume document; the type is decided by content, not by file name. */
public interface DocumentReader {

    /** @throws UnreadableDocumentException when the document is not a readable PDF, DOCX or text file */
    ResumeText read(Document document);
}
