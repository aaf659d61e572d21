package io.hrassist.api.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Tells PDF, DOCX and plain text apart by content; the file name and declared type are not trusted. */
final class DocumentTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String TEXT = "text/plain";
    private static final String DOCX_ENTRY = "word/document.xml";

    private DocumentTypes() {}

    static Optional<String> detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return isDocx(bytes) ? Optional.of(DOCX) : Optional.empty();
        }
        return isText(bytes) ? Optional.of(TEXT) : Optional.empty();
    }

    /**
     * A ZIP that names a {@code word/document.xml} entry. Entry names are stored uncompressed, so nothing is inflated:
     * a zip bomb costs no more than any other upload here (the resume function reads the document with limits).
     */
    private static boolean isDocx(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(DOCX_ENTRY);
    }

    private static boolean isText(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.chars().noneMatch(c -> c == 0) && !text.isBlank();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] prefix = magic.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
