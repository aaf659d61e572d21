package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.ResumeEvaluated.FlagType;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.ResumeText;
import java.io.ByteArrayOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * DOCX text is streamed from the XML; it reads as Apache POI's {@code XWPFDocument} walk read it (header, body, footer;
 * a line per paragraph, a tab per table cell, a line per table), which this test was checked against.
 */
class DocxTextTest {

    private final FileDocumentReader reader = new FileDocumentReader();

    @Test
    void readsParagraphsTablesHeadersAndFootersAsBefore() throws Exception {
        ResumeText text = reader.read(new Document("cv.docx", null, richDocx()));

        assertThat(text.visible())
                .isEqualTo(
                        "Jane Roe, Berlin\nJava\tKotlin\nSpring & <Boot> link text\n2019 - 2023\n\tBackend developer\n"
                                + "\t2015\n\t\nsecond para\n\t\n\nLast line\nPage footer\n");
        assertThat(text.flags()).singleElement().satisfies(flag -> {
            assertThat(flag.type()).isEqualTo(FlagType.HIDDEN_TEXT);
            assertThat(flag.excerpt()).isEqualTo("tiny");
        });
    }

    private static byte[] richDocx() throws Exception {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Jane Roe, Berlin");
            document.createFooter(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Page footer");
            var paragraph = document.createParagraph();
            var run = paragraph.createRun();
            run.setText("Java");
            run.addTab();
            run.setText("Kotlin");
            run.addBreak();
            run.setText("Spring & <Boot>");
            paragraph.createHyperlinkRun("https://example.org").setText(" link text");
            var table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("2019 - 2023");
            table.getRow(0).getCell(1).setText("Backend developer");
            table.getRow(1).getCell(0).setText("2015");
            table.getRow(1).getCell(1).addParagraph().createRun().setText("second para");
            var tiny = document.createParagraph().createRun();
            tiny.setText("tiny");
            tiny.setFontSize(1);
            document.createParagraph().createRun().setText("Last line");
            document.write(out);
            return out.toByteArray();
        }
    }
}
