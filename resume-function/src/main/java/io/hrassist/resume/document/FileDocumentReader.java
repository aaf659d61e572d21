package io.hrassist.resume.document;

import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.resume.domain.DocumentReader;
import io.hrassist.resume.domain.ResumeText;
import io.hrassist.resume.domain.UnreadableDocumentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decides the document type from its first bytes and hands it to the matching extractor. */
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
        if (startsWith(bytes, "%PDF-")) {
            return pdf.read(bytes);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return docx.read(bytes);
        }
        return ResumeText.plain(plainText(bytes));
    }

    private static String plainText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw unsupported();
        }
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

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] prefix = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
