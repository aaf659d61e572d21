package io.hrassist.resume.document;

import io.hrassist.resume.domain.ResumeText;
import io.hrassist.resume.domain.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Visible and hidden text of a DOCX with Apache POI, run by run: hidden runs ({@code w:vanish}), white and tiny text are
 * kept apart. Guarded against zip bombs and oversized parts.
 */
final class DocxText {

    private static final double MIN_POINTS = 2.0;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(5L * 1024 * 1024);
    }

    ResumeText read(byte[] bytes) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var visible = new StringBuilder();
            var hidden = new HiddenText();
            for (XWPFHeaderFooter header : document.getHeaderList()) {
                body(header.getBodyElements(), visible, hidden);
            }
            body(document.getBodyElements(), visible, hidden);
            for (XWPFHeaderFooter footer : document.getFooterList()) {
                body(footer.getBodyElements(), visible, hidden);
            }
            return hidden.with(visible.toString());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(
                    "UNSUPPORTED_DOCUMENT", "The file is a ZIP archive but not a readable DOCX document.", e);
        }
    }

    private static void body(List<IBodyElement> elements, StringBuilder visible, HiddenText hidden) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph, visible, hidden);
            } else if (element instanceof XWPFTable table) {
                table.getRows()
                        .forEach(row -> row.getTableCells().forEach(cell -> {
                            body(cell.getBodyElements(), visible, hidden);
                            visible.append('\t');
                        }));
                visible.append('\n');
            }
        }
    }

    private static void paragraph(XWPFParagraph paragraph, StringBuilder visible, HiddenText hidden) {
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            String reason = hiddenBecause(run);
            if (reason == null) {
                visible.append(text);
            } else {
                hidden.add(reason, text);
            }
        }
        visible.append('\n');
        hidden.lineBreak();
    }

    private static String hiddenBecause(XWPFRun run) {
        if (run.isVanish()) {
            return "hidden run";
        }
        String color = run.getColor();
        if (color != null && color.length() == 6 && isWhite(color)) {
            return "white text";
        }
        Double size = run.getFontSizeAsDouble();
        if (size != null && size < MIN_POINTS) {
            return "text smaller than 2 pt";
        }
        return null;
    }

    private static boolean isWhite(String hex) {
        try {
            int rgb = Integer.parseInt(hex, 16);
            return ((rgb >> 16) & 0xFF) >= 0xF0 && ((rgb >> 8) & 0xFF) >= 0xF0 && (rgb & 0xFF) >= 0xF0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
