package io.hrassist.resume.document;

import io.hrassist.resume.domain.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * After PDFBox has loaded a PDF and before text extraction: every stream the extraction may decode (all but images) is
 * decoded once through PDFBox's own filters, counting into the {@link PdfBudget}; this catches what {@link FlateScan}
 * cannot see in the file (encrypted data, Flate behind ASCIIHex, LZW).
 */
final class PdfStreams {

    /** Image codecs: text extraction never decodes them. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(
            COSName.DCT_DECODE,
            COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE,
            COSName.JBIG2_DECODE,
            COSName.CCITTFAX_DECODE,
            COSName.CCITTFAX_DECODE_ABBREVIATION);

    private PdfStreams() {}

    /**
     * Decodes every stream (every filter, every stage of a chain, decrypted), keeping only one stage's output at a time.
     * Objects in object streams are skipped: they are never streams, and fetching them would decode their object
     * stream first.
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
}
