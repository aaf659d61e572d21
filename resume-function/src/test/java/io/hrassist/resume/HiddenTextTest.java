package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.ResumeEvaluated.Flag;
import io.hrassist.events.ResumeEvaluated.FlagType;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.ResumeText;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Only what a reader sees is read as the resume; every way of hiding text is flagged. */
class HiddenTextTest {

    private static final String VISIBLE = "Support engineer answering customer tickets";
    private static final String SECRET = "Kubernetes Terraform PostgreSQL expert";
    private final FileDocumentReader reader = new FileDocumentReader();

    @Test
    void whiteTextInPdfIsHidden() throws Exception {
        assertHidden(pdf(c -> color(c, 1f)), "white text");
    }

    @Test
    void tinyTextInPdfIsHidden() throws Exception {
        assertHidden(pdf(c -> font(c, 1)), "smaller than 2 pt");
    }

    @Test
    void invisibleRenderModeInPdfIsHidden() throws Exception {
        assertHidden(pdf(c -> mode(c)), "invisible render mode");
    }

    @Test
    void textOutsideThePageIsHidden() throws Exception {
        assertHidden(pdf(c -> move(c, 0, 2000)), "outside the page");
    }

    @Test
    void clippedTextInPdfIsHidden() throws Exception {
        assertHidden(pdfClippedBelow(650), "clipped");
    }

    @Test
    void hiddenRunsInDocxAreHidden() throws Exception {
        assertHidden(docx(run -> run.setVanish(true)), "hidden run");
    }

    @Test
    void whiteTextInDocxIsHidden() throws Exception {
        assertHidden(docx(run -> run.setColor("FFFFFF")), "white text");
    }

    @Test
    void ordinaryTextIsNotFlagged() throws Exception {
        ResumeText text = reader.read(new Document("cv.pdf", null, pdf(c -> {})));

        assertThat(text.flags()).isEmpty();
        assertThat(text.visible()).contains(VISIBLE).contains(SECRET);
    }

    private void assertHidden(byte[] file, String reason) {
        ResumeText text = reader.read(new Document("cv", null, file));

        assertThat(text.visible()).contains(VISIBLE).doesNotContain("Kubernetes");
        assertThat(text.hidden()).contains("Kubernetes");
        assertThat(text.flags()).extracting(Flag::type).containsExactly(FlagType.HIDDEN_TEXT);
        assertThat(text.flags().get(0).detail()).contains(reason);
    }

    /** A page with a visible line, then the secret line drawn after {@code trick} changed the state. */
    private static byte[] pdf(Consumer<PDPageContentStream> trick) throws Exception {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                content.showText(VISIBLE);
                content.newLineAtOffset(0, -20);
                trick.accept(content);
                content.showText(SECRET);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The secret line drawn under a clipping rectangle that ends above it. */
    private static byte[] pdfClippedBelow(float clipBottom) throws Exception {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                content.showText(VISIBLE);
                content.endText();
                content.saveGraphicsState();
                content.addRect(0, clipBottom, 612, 792 - clipBottom);
                content.clip();
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 600);
                content.showText(SECRET);
                content.endText();
                content.restoreGraphicsState();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(Consumer<XWPFRun> trick) throws Exception {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(VISIBLE);
            XWPFRun secret = document.createParagraph().createRun();
            secret.setText(SECRET);
            trick.accept(secret);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void color(PDPageContentStream content, float gray) {
        run(() -> content.setNonStrokingColor(gray, gray, gray));
    }

    private static void font(PDPageContentStream content, float size) {
        run(() -> content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size));
    }

    private static void mode(PDPageContentStream content) {
        run(() -> content.setRenderingMode(RenderingMode.NEITHER));
    }

    private static void move(PDPageContentStream content, float x, float y) {
        run(() -> content.newLineAtOffset(x, y));
    }

    private interface PdfStep {
        void apply() throws Exception;
    }

    private static void run(PdfStep step) {
        try {
            step.apply();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
