package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.UnreadableDocumentException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile files end in a clear error, quickly, without exhausting memory. */
class DocumentSafetyTest {

    private final FileDocumentReader reader = new FileDocumentReader();

    @Test
    void rejectsADocxZipBomb() throws Exception {
        byte[] bomb = zip("word/document.xml", " ".repeat(100 * 1024 * 1024));

        assertThatThrownBy(() -> reader.read(new Document("cv.docx", null, bomb)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not a readable DOCX");
    }

    @Test
    void rejectsAZipThatIsNotADocx() throws Exception {
        byte[] zip = zip("notes.txt", "hello");

        assertThatThrownBy(() -> reader.read(new Document("cv.docx", null, zip)))
                .isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void rejectsABrokenPdfQuickly() {
        byte[] truncated = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> reader.read(new Document("cv.pdf", null, truncated)))
                        .isInstanceOf(UnreadableDocumentException.class));
    }

    private static byte[] zip(String entry, String content) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i += 1 << 20) {
                zip.write(bytes, i, Math.min(1 << 20, bytes.length - i));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
