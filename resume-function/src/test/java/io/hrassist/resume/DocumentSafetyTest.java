package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.resume.document.DocumentLimits;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.UnreadableDocumentException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                .isInstanceOfSatisfying(
                        UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo("DOCUMENT_OVER_LIMIT"));
    }

    @Test
    void neverResolvesExternalEntitiesInDocx() throws Exception {
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "TOPSECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + HostileFiles.documentXml("Java &xxe;", 1);
        byte[] docx = zip("word/document.xml", xml);

        assertThatThrownBy(() -> reader.read(new Document("cv.docx", null, docx)))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo("UNSUPPORTED_DOCUMENT");
                    assertThat(e.getMessage()).doesNotContain("TOPSECRET");
                });
    }

    @Test
    void refusesEntityExpansionInDocx() throws Exception {
        var entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY a%d \"%s\">".formatted(i, ("&a" + (i - 1) + ";").repeat(10)));
        }
        String xml = "<!DOCTYPE d [" + entities + "]>" + HostileFiles.documentXml("&a9;", 1);
        byte[] docx = zip("word/document.xml", xml);

        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> reader.read(new Document("cv.docx", null, docx)))
                        .isInstanceOf(UnreadableDocumentException.class));
    }

    @Test
    void answersEveryDocumentOverALimitWithItsSetting() throws Exception {
        var small = new DocumentLimits(1000, 64L << 20, 100, 100, 64L << 20, Duration.ofSeconds(10));
        byte[] docx = zip("word/document.xml", HostileFiles.documentXml("Java developer", 10));

        assertThatThrownBy(() -> new FileDocumentReader(small).read(new Document("cv.docx", null, docx)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(
                        "The document has text parts over 100 bytes (limit hr-assist.documents.docx-max-part-bytes),"
                                + " more than a resume needs; it was not read.");
    }

    @Test
    void countsHeadersAndFootersIntoTheTextLimit() throws Exception {
        var limits = new DocumentLimits(1000, 64L << 20, 1000, 100, 64L << 20, Duration.ofSeconds(10));
        String part = HostileFiles.documentXml("x".repeat(300), 1);
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : new String[] {"word/document.xml", "word/header1.xml", "word/footer1.xml"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(part.getBytes(StandardCharsets.UTF_8));
            }
        }

        assertThatThrownBy(() -> new FileDocumentReader(limits).read(new Document("cv.docx", null, out.toByteArray())))
                .hasMessageContaining("docx-max-part-bytes");
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
