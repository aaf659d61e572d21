package io.hrassist.resume.document;

import io.hrassist.events.DocumentType;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.resume.domain.DocumentReader;
import io.hrassist.resume.domain.ResumeText;
import io.hrassist.resume.domain.UnreadableDocumentException;

/**
 * Hands the document to the extractor of the type its first bytes claim ({@link DocumentType#claimed}); each extractor
 * says what is wrong with a file that is not what it claims.
 */
public final class FileDocumentReader implements DocumentReader {

    private final PdfText pdf;
    private final DocxText docx;

    /** With the default {@link DocumentLimits}. */
    public FileDocumentReader() {
        this(DocumentLimits.DEFAULTS);
    }

    public FileDocumentReader(DocumentLimits limits) {
        this.pdf = new PdfText(limits);
        this.docx = new DocxText(limits);
    }

    @Override
    public ResumeText read(Document document) {
        byte[] bytes = document.content();
        return switch (DocumentType.claimed(bytes)) {
            case PDF -> pdf.read(bytes);
            case DOCX -> docx.read(bytes);
            case TEXT -> ResumeText.plain(plainText(bytes));
        };
    }

    private static String plainText(byte[] bytes) {
        String text = DocumentType.utf8(bytes).orElseThrow(FileDocumentReader::unsupported);
        long control = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                .count();
        if (control > text.length() / 100) {
            throw unsupported();
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static UnreadableDocumentException unsupported() {
        return new UnreadableDocumentException(
                "UNSUPPORTED_DOCUMENT", "The file is not a PDF, a DOCX or UTF-8 text. Upload one of those.");
    }
}
