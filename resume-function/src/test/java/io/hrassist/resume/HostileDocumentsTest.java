package io.hrassist.resume;

import static io.hrassist.resume.HostileFiles.MB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.resume.HostileFiles.Entry;
import io.hrassist.resume.document.DocumentLimits;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.ResumeText;
import io.hrassist.resume.domain.UnreadableDocumentException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-file corpus. Surefire runs it in its own JVM with a 256 MB heap (execution {@code hostile-documents}):
 * every file is refused within 10 s (generous for a busy machine), never with an OutOfMemoryError.
 */
class HostileDocumentsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final String OVER_LIMIT = "DOCUMENT_OVER_LIMIT";
    private static byte[] flate400Mb;

    private final FileDocumentReader reader = new FileDocumentReader();

    @BeforeAll
    static void bombs() throws Exception {
        flate400Mb = HostileFiles.flate(400L * MB);
    }

    @Test
    void refusesSixtyTwoEntriesOfTenMegabytes() throws Exception {
        // One block for every entry (block() gives the same bytes each time): 62 copies of it took a quarter of the
        // 256 MB heap before the parser ran, and a full build once ran out of memory building the file.
        byte[] block = HostileFiles.block(MB);
        var entries = new Entry[62];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry("word/media/image" + i + ".xml", block, 10);
        }
        byte[] docx = HostileFiles.docx("Java developer", entries);
        assertThat(docx.length).isLessThan(10 * MB);

        assertRefused(docx, "docx-max-inflated-bytes");
    }

    @Test
    void refusesAFortyMegabyteDocumentXml() throws Exception {
        byte[] docx = HostileFiles.bigDocument(40 * MB / 170);
        assertThat(docx.length).isLessThan(10 * MB);

        assertRefused(docx, "docx-max-part-bytes");
    }

    @Test
    void refusesAnEntryCompressedLikeABomb() throws Exception {
        byte[] docx = HostileFiles.docx("Java developer", new Entry("word/media/zeros.bin", new byte[MB], 50));

        assertRefused(docx, "docx-max-inflate-ratio");
    }

    @Test
    void refusesManySmallEntries() throws Exception {
        var entries = new Entry[5000];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry("customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.UTF_8), 1);
        }

        assertRefused(HostileFiles.docx("Java developer", entries), "docx-max-entries");
    }

    @Test
    void neverOpensANestedZip() throws Exception {
        byte[] bomb = HostileFiles.nestedZip(HostileFiles.docx("x", new Entry("zeros", new byte[MB], 1024)), 3);
        byte[] docx = HostileFiles.docx("Java developer", new Entry("word/embeddings/package.zip", bomb, 1));

        ResumeText text = assertTimeoutPreemptively(QUICKLY, () -> read(docx));

        assertThat(text.visible()).isEqualTo("Java developer\n");
    }

    @Test
    void refusesAPdfStreamDecodingTo400Megabytes() throws Exception {
        byte[] pdf = HostileFiles.pdf("/FlateDecode", List.of(flate400Mb));
        assertThat(pdf.length).isLessThan(MB);

        assertRefused(pdf, "pdf-max-decoded-bytes");
    }

    @Test
    void refusesAPdfWith25SuchStreams() throws Exception {
        byte[] pdf = HostileFiles.pdf("/FlateDecode", Collections.nCopies(25, flate400Mb));
        assertThat(pdf.length).isLessThan(11 * MB);

        assertRefused(pdf, "pdf-max-decoded-bytes");
    }

    @Test
    void refusesAPdfStreamCompressedTwice() throws Exception {
        byte[] twice = HostileFiles.flate(flate400Mb);
        byte[] pdf = HostileFiles.pdf("[/FlateDecode /FlateDecode]", List.of(twice));

        assertRefused(pdf, "pdf-max-decoded-bytes");
    }

    @Test
    void refusesAFlateBombBehindAsciiHex() throws Exception {
        byte[] hex = java.util.HexFormat.of().formatHex(flate400Mb).getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = HostileFiles.pdf("[/ASCIIHexDecode /FlateDecode]", List.of(hex));

        assertRefused(pdf, "pdf-max-decoded-bytes");
    }

    @Test
    void refusesAnEncryptedPdfStreamDecodingTo400Megabytes() throws Exception {
        byte[] pdf = encrypted(flate400Mb);

        assertRefused(pdf, "pdf-max-decoded-bytes");
    }

    @Test
    void readsAnOrdinaryEncryptedPdf() throws Exception {
        byte[] pdf;
        try (var document = Loader.loadPDF(tenPagePdf("Java developer at Acme"));
                var out = new ByteArrayOutputStream()) {
            document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(read(pdf).visible()).contains("Java developer at Acme");
    }

    @Test
    void refusesAPdfStreamAfterALoneCarriageReturn() throws Exception {
        byte[] pdf = new String(HostileFiles.pdf("/FlateDecode", List.of(flate400Mb)), StandardCharsets.ISO_8859_1)
                .replaceFirst("stream\n", "stream\r")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(pdf, "pdf-max-decoded-bytes");
    }

    @Test
    void refusesAPdfThatTakesTooLong() throws Exception {
        byte[] operators = "0 0 m 1 1 l S\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = HostileFiles.pdf("/FlateDecode", List.of(HostileFiles.flate(operators, 3000)));
        var patient = new DocumentLimits(1000, 64L * MB, 10L * MB, 100, 64L * MB, Duration.ofMillis(300));

        assertRefused(new FileDocumentReader(patient), pdf, "pdf-max-time");
    }

    @Test
    void readsOnlyTheFirstPagesOfAPdfWithAHugePageCount() throws Exception {
        byte[] pdf = HostileFiles.manyPages(120_000);
        assertThat(pdf.length).isLessThan(10 * MB);

        assertReadOrRefusedInTime(pdf);
    }

    @Test
    void readsAPdfWithAHugeObjectCountInTime() throws Exception {
        byte[] pdf = HostileFiles.manyObjects(190_000);
        assertThat(pdf.length).isLessThan(10 * MB);

        assertReadOrRefusedInTime(pdf);
    }

    @Test
    void readsATenPageResumeWithinATenthOfEachLimit() throws Exception {
        String line = "2019 - 2024 Senior Java developer: Spring Boot, PostgreSQL, Kafka, Kubernetes at Acme Payments";
        var d = DocumentLimits.DEFAULTS;
        var tenth = new FileDocumentReader(new DocumentLimits(
                d.docxMaxEntries() / 10,
                d.docxMaxInflatedBytes() / 10,
                d.docxMaxPartBytes() / 10,
                d.docxMaxInflateRatio() / 10,
                d.pdfMaxDecodedBytes() / 10,
                d.pdfMaxTime()));

        ResumeText pdf =
                assertTimeoutPreemptively(QUICKLY, () -> tenth.read(new Document("cv", null, tenPagePdf(line))));
        ResumeText docx =
                assertTimeoutPreemptively(QUICKLY, () -> tenth.read(new Document("cv", null, tenPageDocx(line))));

        assertThat(pdf.visible().lines().filter(l -> l.equals(line)).count()).isEqualTo(10 * 45);
        assertThat(docx.visible().lines().filter(l -> l.equals(line)).count()).isEqualTo(10 * 45);
    }

    private ResumeText read(byte[] file) {
        return reader.read(new Document("cv", null, file));
    }

    /**
     * Parsing a 10 MB PDF of 100,000 objects takes seconds on a cold JVM (PDFBox resolves the cross-reference table):
     * it is read, or refused once {@code pdf-max-time} (here 5 s) is spent, and either way ends in time.
     */
    private static void assertReadOrRefusedInTime(byte[] pdf) {
        var fiveSeconds = new DocumentLimits(1000, 64L * MB, 10L * MB, 100, 64L * MB, Duration.ofSeconds(5));
        var reader = new FileDocumentReader(fiveSeconds);
        assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                assertThat(reader.read(new Document("cv", null, pdf)).visible()).isBlank();
            } catch (UnreadableDocumentException e) {
                assertThat(e.reason()).isEqualTo(OVER_LIMIT);
                assertThat(e.getMessage()).contains("hr-assist.documents.pdf-max-time");
            }
        });
    }

    private void assertRefused(byte[] file, String setting) {
        assertRefused(reader, file, setting);
    }

    private static void assertRefused(FileDocumentReader reader, byte[] file, String setting) {
        assertTimeoutPreemptively(
                QUICKLY,
                () -> assertThatThrownBy(() -> reader.read(new Document("cv", null, file)))
                        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                            assertThat(e.reason()).isEqualTo(OVER_LIMIT);
                            assertThat(e.getMessage()).contains("hr-assist.documents." + setting);
                        }));
    }

    /** A PDF encrypted with an empty user password (opens without asking), its content stream {@code flate}. */
    private static byte[] encrypted(byte[] flate) throws Exception {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            try (var raw = content.createRawOutputStream()) {
                raw.write(flate);
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            var policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] tenPagePdf(String line) throws Exception {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            for (int page = 0; page < 10; page++) {
                var pdfPage = new PDPage();
                document.addPage(pdfPage);
                try (var content = new PDPageContentStream(document, pdfPage)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                    content.newLineAtOffset(30, 760);
                    for (int i = 0; i < 45; i++) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Ten pages of text, a table and a 2 MB photo that does not compress. */
    private static byte[] tenPageDocx(String line) throws Exception {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            byte[] photo = new byte[2 * MB];
            new Random(1).nextBytes(photo);
            document.createParagraph()
                    .createRun()
                    .addPicture(
                            new java.io.ByteArrayInputStream(photo),
                            org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG,
                            "me.jpg",
                            100,
                            100);
            var table = document.createTable(20, 3);
            table.getRow(0).getCell(0).setText("Skills");
            for (int i = 0; i < 10 * 45; i++) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
