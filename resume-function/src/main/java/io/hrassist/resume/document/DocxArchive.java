package io.hrassist.resume.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks a DOCX (a ZIP archive) entry by entry before anything parses it, inflating every entry and counting the bytes
 * it really inflates to (declared sizes are never trusted); refuses too many entries, too many inflated bytes, an
 * oversized part or a compression-ratio bomb, and keeps only the parts text is read from.
 */
final class DocxArchive {

    static final String DOCUMENT = "word/document.xml";
    private static final Pattern TEXT_PART = Pattern.compile("word/(document|header\\d*|footer\\d*)\\.xml");
    private static final long RATIO_GRACE = 1 << 20;

    private final DocumentLimits limits;

    DocxArchive(DocumentLimits limits) {
        this.limits = limits;
    }

    /** The text parts by name ({@code word/document.xml}, headers, footers), all checked against the limits. */
    Map<String, byte[]> textParts(byte[] bytes) {
        var raw = new CountingStream(new ByteArrayInputStream(bytes));
        var parts = new TreeMap<String, byte[]>();
        var walk = new Walk();
        try (var zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                walk.entry();
                boolean text = TEXT_PART.matcher(entry.getName()).matches();
                byte[] content = walk.inflate(zip, raw, text);
                if (text && parts.put(entry.getName(), content) != null) {
                    throw new IOException("duplicate entry " + entry.getName());
                }
            }
        } catch (IOException e) {
            throw DocxText.unreadable(e);
        }
        if (!parts.containsKey(DOCUMENT)) {
            throw DocxText.unreadable(null);
        }
        return parts;
    }

    /** The counts of one walk over the archive. */
    private final class Walk {
        private final byte[] buffer = new byte[64 * 1024];
        private int entries;
        private long total;
        private long text;

        void entry() {
            if (++entries > limits.docxMaxEntries()) {
                throw DocumentLimits.exceeded(
                        "has more than " + limits.docxMaxEntries() + " entries",
                        "hr-assist.documents.docx-max-entries");
            }
        }

        byte[] inflate(InputStream entry, CountingStream raw, boolean keep) throws IOException {
            var kept = keep ? new ByteArrayOutputStream() : null;
            long compressedStart = raw.count;
            long size = 0;
            for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
                size += n;
                total += n;
                if (total > limits.docxMaxInflatedBytes()) {
                    throw DocumentLimits.exceeded(
                            "inflates to more than " + limits.docxMaxInflatedBytes() + " bytes",
                            "hr-assist.documents.docx-max-inflated-bytes");
                }
                text += keep ? n : 0;
                if (text > limits.docxMaxPartBytes()) {
                    throw DocumentLimits.exceeded(
                            "has text parts over " + limits.docxMaxPartBytes() + " bytes",
                            "hr-assist.documents.docx-max-part-bytes");
                }
                if (size > RATIO_GRACE && size > (long) limits.docxMaxInflateRatio() * (raw.count - compressedStart)) {
                    throw DocumentLimits.exceeded(
                            "has an entry compressed more than " + limits.docxMaxInflateRatio() + " to 1",
                            "hr-assist.documents.docx-max-inflate-ratio");
                }
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
            }
            return kept == null ? null : kept.toByteArray();
        }
    }

    /** Counts the compressed bytes the ZIP reader has taken, for the compression ratio. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
