package io.hrassist.resume.document;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** The PDF's bytes for PDFBox's parser, checking the time budget as they are read (parsing has no other hook). */
final class TimedSource extends RandomAccessReadBuffer {

    private static final int CHECK_EVERY = 4096;
    private final PdfBudget budget;
    private int reads;

    TimedSource(byte[] pdf, PdfBudget budget) {
        super(pdf);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        tick();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        tick();
        return super.read(b, off, len);
    }

    private void tick() {
        if (++reads % CHECK_EVERY == 0) {
            budget.checkTime();
        }
    }
}
