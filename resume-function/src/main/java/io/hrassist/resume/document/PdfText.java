package io.hrassist.resume.document;

import io.hrassist.resume.domain.ResumeText;
import io.hrassist.resume.domain.UnreadableDocumentException;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Visible and hidden text of a PDF with PDFBox; at most {@value #MAX_PAGES} pages are read, within a budget of decoded
 * bytes (counted by {@link FlateScan} before PDFBox loads the file and {@link PdfStreams} before extraction) and of time (checked while the file is parsed and
 * operator by operator).
 */
final class PdfText {

    static final int MAX_PAGES = 20;

    private final DocumentLimits limits;

    PdfText(DocumentLimits limits) {
        this.limits = limits;
    }

    ResumeText read(byte[] bytes) {
        var budget = new PdfBudget(limits);
        FlateScan.count(bytes, budget);
        try (PDDocument document = Loader.loadPDF(new TimedSource(bytes, budget))) {
            budget.checkTime();
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException("ENCRYPTED", "The PDF is protected against text extraction.");
            }
            budget.startDecoding();
            PdfStreams.countDecoded(document.getDocument(), budget);
            var stripper = new VisibleTextStripper(budget);
            stripper.setSortByPosition(true);
            String visible = stripper.getText(document);
            budget.checkTime();
            return stripper.hidden().with(visible);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("ENCRYPTED", "The PDF needs a password to open.", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            budget.checkTime();
            throw new UnreadableDocumentException("CORRUPT_DOCUMENT", "The PDF is damaged and cannot be read.", e);
        }
    }
}
