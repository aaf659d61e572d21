package io.hrassist.resume.document;

import io.hrassist.resume.domain.ResumeText;
import io.hrassist.resume.domain.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Text of a DOCX with Apache POI, guarded against zip bombs and oversized parts. */
final class DocxText {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(5L * 1024 * 1024);
    }

    ResumeText read(byte[] bytes) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes));
                var extractor = new XWPFWordExtractor(document)) {
            return new ResumeText(extractor.getText(), List.of());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(
                    "UNSUPPORTED_DOCUMENT", "The file is a ZIP archive but not a readable DOCX document.", e);
        }
    }
}
