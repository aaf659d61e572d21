package io.hrassist.events;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The types a resume document may have, told apart by content: the file name and declared type are not trusted. The
 * one detector of the API, which accepts an upload only as one of these, and of the resume function, which picks its
 * extractor by what the first bytes claim and lets the extractor say what is wrong with the rest.
 */
public enum DocumentType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    TEXT("text/plain");

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};
    private static final String DOCX_ENTRY = "word/document.xml";

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * What the content is, if it is one of these: a PDF header at the start, a ZIP that names a
     * {@code word/document.xml} entry, or UTF-8 text that is not blank and has no NUL character.
     */
    public static Optional<DocumentType> detect(byte[] bytes) {
        return switch (claimed(bytes)) {
            case PDF -> Optional.of(PDF);
            case DOCX -> namesDocxPart(bytes) ? Optional.of(DOCX) : Optional.empty();
            case TEXT ->
                utf8(bytes)
                        .filter(text -> !text.isBlank() && text.indexOf('\0') < 0)
                        .map(text -> TEXT);
        };
    }

    /**
     * What the first bytes claim, for a reader that checks the rest itself: {@code PDF} for a PDF header, {@code DOCX}
     * for any ZIP, {@code TEXT} for anything else.
     */
    public static DocumentType claimed(byte[] bytes) {
        if (startsWith(bytes, PDF_HEADER)) {
            return PDF;
        }
        return startsWith(bytes, ZIP_HEADER) ? DOCX : TEXT;
    }

    /** The bytes as UTF-8 decoded strictly, a byte order mark kept; empty when they are not UTF-8. */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Entry names are stored uncompressed, so nothing is inflated: a zip bomb costs no more than any other file here
     * (the resume function reads the document with limits).
     */
    private static boolean namesDocxPart(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(DOCX_ENTRY);
    }

    private static boolean startsWith(byte[] bytes, byte[] header) {
        return bytes.length >= header.length && Arrays.equals(bytes, 0, header.length, header, 0, header.length);
    }
}
