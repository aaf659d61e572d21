package io.hrassist.api.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells PDF, DOCX and plain text apart by content; the file name and declared type are not trusted. */
final class DocumentTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String TEXT = "text/plain";
    private static final int MAX_ZIP_ENTRIES = 1000;

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

    /** A ZIP whose entries include {@code word/document.xml}; only the directory is read, nothing is inflated. */
    private static boolean isDocx(byte[] bytes) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
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
        return bytes.length >= prefix.length
                && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
