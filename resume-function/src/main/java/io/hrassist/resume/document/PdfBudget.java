package io.hrassist.resume.document;

import io.hrassist.resume.domain.UnreadableDocumentException;

/**
 * What reading one PDF may still cost: decoded bytes and time. Once spent it stays spent, so a limit hit inside
 * PDFBox code that swallows errors is still reported when the reading ends.
 */
final class PdfBudget {

    private final DocumentLimits limits;
    private final long deadline;
    private long decoded;
    private UnreadableDocumentException exceeded;

    PdfBudget(DocumentLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.pdfMaxTime().toNanos();
    }

    /** Counts {@code bytes} more decoded bytes. */
    void decoded(long bytes) {
        decoded += bytes;
        if (decoded > limits.pdfMaxDecodedBytes()) {
            fail(DocumentLimits.exceeded(
                    "decodes to more than " + limits.pdfMaxDecodedBytes() + " bytes",
                    "hr-assist.documents.pdf-max-decoded-bytes"));
        }
        checkTime();
    }

    /** The decoding after loading starts: it may decode as much as the scan of the file before it. */
    void startDecoding() {
        decoded = 0;
    }

    void checkTime() {
        if (exceeded != null) {
            throw exceeded;
        }
        if (System.nanoTime() - deadline > 0) {
            fail(DocumentLimits.exceeded(
                    "took longer than " + limits.pdfMaxTime().toMillis() + " ms to read",
                    "hr-assist.documents.pdf-max-time"));
        }
    }

    private void fail(UnreadableDocumentException e) {
        exceeded = exceeded == null ? e : exceeded;
        throw exceeded;
    }
}
