package io.hrassist.resume.document;

import io.hrassist.resume.domain.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Counts what a PDF's streams decode to into the {@link PdfBudget}, twice: before PDFBox loads the file, every stream
 * is inflated as PDFBox's FlateDecode would (skip two bytes, raw deflate; a second Flate layer too) keeping nothing,
 * since loading already decodes cross-reference and object streams; after loading, the streams text extraction may
 * decode go through PDFBox's own filters. PDFBox decodes a stream whole into memory, so a small stream that inflates
 * to hundreds of MB is refused before PDFBox can hold it.
 */
final class PdfStreams {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int LAYERS = 2;
    /** Image codecs: text extraction never decodes them. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(
            COSName.DCT_DECODE,
            COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE,
            COSName.JBIG2_DECODE,
            COSName.CCITTFAX_DECODE,
            COSName.CCITTFAX_DECODE_ABBREVIATION);

    private PdfStreams() {}

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

    /**
     * Every stream PDFBox may decode to extract text (all but images), decoded once more through PDFBox's own filters
     * (every filter, every stage of a chain, decrypted), counting, after loading and before extraction; this also
     * catches what the scan of the file cannot see (encrypted data, Flate behind ASCIIHex, LZW). Objects in object
     * streams are skipped: they are never streams, and fetching them would decode their object stream first.
     */
    static void countDecoded(COSDocument document, PdfBudget budget) {
        for (var entry : document.getXrefTable().entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 0) {
                continue;
            }
            budget.checkTime();
            COSObject object = document.getObjectFromPool(entry.getKey());
            if (object != null
                    && object.getObject() instanceof COSStream stream
                    && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                decode(stream, budget);
            }
        }
    }

    private static void decode(COSStream stream, PdfBudget budget) {
        try {
            InputStream data = stream.createRawInputStream();
            List<COSName> filters = filters(stream.getFilters());
            for (int i = 0; i < filters.size() && !IMAGE_FILTERS.contains(filters.get(i)); i++) {
                var decoded = new Charged(budget);
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(data, decoded, stream, i);
                data = new ByteArrayInputStream(decoded.toByteArray());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException limit) {
                throw limit;
            }
            // Damaged data: PDFBox decodes no more of it either.
        }
    }

    private static List<COSName> filters(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        var names = new ArrayList<COSName>();
        if (filters instanceof COSArray array) {
            array.forEach(filter -> {
                if (filter instanceof COSName name) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    /** Decoded bytes held for the next filter of a chain, charged to the budget as they are written. */
    private static final class Charged extends ByteArrayOutputStream {
        private final PdfBudget budget;

        Charged(PdfBudget budget) {
            this.budget = budget;
        }

        @Override
        public void write(int b) {
            budget.decoded(1);
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            budget.decoded(len);
            super.write(b, off, len);
        }
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
