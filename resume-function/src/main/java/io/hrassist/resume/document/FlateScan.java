package io.hrassist.resume.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Before PDFBox loads a PDF (loading already decodes cross-reference and object streams), inflates every stream in the
 * file as PDFBox's FlateDecode would (skip two bytes, raw deflate; a second Flate layer too), counting into the
 * {@link PdfBudget} and keeping nothing. PDFBox decodes a stream whole into memory, so a small stream that inflates to
 * hundreds of MB is refused before PDFBox can hold it.
 */
final class FlateScan {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int LAYERS = 2;

    private FlateScan() {}

    static void count(byte[] pdf, PdfBudget budget) {
        byte[] buffer = new byte[64 * 1024];
        for (int at = next(pdf, 0); at >= 0; at = next(pdf, at + STREAM.length)) {
            int data = dataStart(pdf, at + STREAM.length);
            if (data >= 0) {
                budget.checkTime();
                drain(inflated(new ByteArrayInputStream(pdf, data, pdf.length - data), budget, 1), buffer, budget);
            }
        }
    }

    /** Flate over {@code raw}; its output is tried as a further Flate layer first. */
    private static InputStream inflated(InputStream raw, PdfBudget budget, int layer) {
        InputStream inflated = new Counted(new Flate(raw), budget);
        return layer < LAYERS ? new Layered(inflated, budget, layer) : inflated;
    }

    private static void drain(InputStream in, byte[] buffer, PdfBudget budget) {
        try (in) {
            while (in.read(buffer) >= 0) {
                budget.checkTime();
            }
        } catch (IOException e) {
            // Not Flate data, or its end: PDFBox stops there too.
        }
    }

    /**
     * Where PDFBox starts reading the data after {@code stream}: past spaces, then CR LF, LF or a lone CR (PDFBox is
     * lenient), or right there; -1 for {@code endstream}.
     */
    private static int dataStart(byte[] pdf, int after) {
        if (after - STREAM.length >= 1 && pdf[after - STREAM.length - 1] == 'd') {
            return -1;
        }
        int at = after;
        while (at < pdf.length && pdf[at] == ' ') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\r') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\n') {
            at++;
        }
        return at;
    }

    private static int next(byte[] pdf, int from) {
        outer:
        for (int i = from; i <= pdf.length - STREAM.length; i++) {
            for (int j = 0; j < STREAM.length; j++) {
                if (pdf[i + j] != STREAM[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** PDFBox's FlateDecode: the two zlib header bytes skipped, whatever they are, then raw deflate. */
    private static final class Flate extends InflaterInputStream {
        private boolean started;

        Flate(InputStream raw) {
            super(raw, new Inflater(true), 8192);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!started) {
                started = true;
                if (in.read() < 0 || in.read() < 0) {
                    return -1;
                }
            }
            return super.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            inf.end();
            super.close();
        }
    }

    /** Charges what passes to the budget. */
    private static final class Counted extends FilterInputStream {
        private final PdfBudget budget;

        Counted(InputStream in, PdfBudget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                budget.decoded(n);
            }
            return n;
        }
    }

    /**
     * Reads its input as one more Flate layer; where that is not Flate data, or once that layer ends, reads the rest of
     * the input itself, so every byte of the input is counted either way.
     */
    private static final class Layered extends InputStream {
        private final InputStream outer;
        private InputStream current;

        Layered(InputStream outer, PdfBudget budget, int layer) {
            this.outer = outer;
            this.current = inflated(outer, budget, layer + 1);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (current == outer) {
                return outer.read(b, off, len);
            }
            try {
                int n = current.read(b, off, len);
                if (n >= 0) {
                    return n;
                }
            } catch (IOException e) {
                // not a further layer
            }
            current = outer;
            return outer.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            outer.close();
        }
    }
}
