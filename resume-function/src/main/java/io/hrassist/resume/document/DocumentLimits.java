package io.hrassist.resume.document;

import io.hrassist.resume.domain.UnreadableDocumentException;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code hr-assist.documents.*}: how much work one uploaded document may cost before it is refused as {@code
 * DOCUMENT_OVER_LIMIT}. The defaults leave a long resume far inside every limit: a 10-page DOCX has some 20 entries, a
 * few MB inflated and a {@code document.xml} under 1 MB; a 10-page PDF decodes to a few MB in well under a second.
 *
 * @param docxMaxEntries entries in the DOCX (ZIP) archive
 * @param docxMaxInflatedBytes bytes all entries inflate to together, counted while inflating
 * @param docxMaxPartBytes bytes the text parts ({@code word/document.xml}, headers and footers) inflate to together
 * @param docxMaxInflateRatio inflated to compressed bytes of one entry, checked past its first MB
 * @param pdfMaxDecodedBytes bytes the PDF's compressed streams decode to together
 * @param pdfMaxTime time to read one PDF
 */
@ConfigurationProperties("hr-assist.documents")
public record DocumentLimits(
        @Bindable(defaultValue = "1000") int docxMaxEntries,
        @Bindable(defaultValue = "67108864") long docxMaxInflatedBytes,
        @Bindable(defaultValue = "10485760") long docxMaxPartBytes,
        @Bindable(defaultValue = "100") int docxMaxInflateRatio,
        @Bindable(defaultValue = "67108864") long pdfMaxDecodedBytes,
        @Bindable(defaultValue = "10s") Duration pdfMaxTime) {

    /** The defaults, for callers without a configuration (tests, benchmarks). */
    public static final DocumentLimits DEFAULTS =
            new DocumentLimits(1000, 64L << 20, 10L << 20, 100, 64L << 20, Duration.ofSeconds(10));

    public DocumentLimits {
        if (docxMaxEntries < 1
                || docxMaxInflatedBytes < 1
                || docxMaxPartBytes < 1
                || docxMaxInflateRatio < 1
                || pdfMaxDecodedBytes < 1
                || pdfMaxTime == null
                || pdfMaxTime.isNegative()
                || pdfMaxTime.isZero()) {
            throw new IllegalArgumentException("hr-assist.documents.* limits must be positive");
        }
    }

    /** The {@code DOCUMENT_OVER_LIMIT} failure: what the document does, and the setting it exceeds. */
    static UnreadableDocumentException exceeded(String what, String setting) {
        return new UnreadableDocumentException(
                "DOCUMENT_OVER_LIMIT",
                "The document " + what + " (limit " + setting + "), more than a resume needs; it was not read.");
    }
}
