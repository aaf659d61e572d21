package io.hrassist.resume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile documents made on the fly (nothing big is committed): zip bombs and PDFs whose streams inflate hugely. */
final class HostileFiles {

    static final int MB = 1 << 20;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private HostileFiles() {}

    /** A DOCX-shaped ZIP: a small {@code word/document.xml} with {@code text}, plus the given extra entries. */
    static byte[] docx(String text, Entry... extra) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), 1);
            put(zip, "word/document.xml", documentXml(text, 1).getBytes(StandardCharsets.UTF_8), 1);
            for (Entry entry : extra) {
                put(zip, entry.name, entry.block, entry.repeat);
            }
        }
        return out.toByteArray();
    }

    /** An entry of {@code repeat} copies of {@code block}, streamed so the test never holds the inflated bytes. */
    record Entry(String name, byte[] block, int repeat) {}

    /** Ordinary-looking WordprocessingML: {@code paragraphs} paragraphs of {@code text}. */
    static String documentXml(String text, int paragraphs) {
        String paragraph = "<w:p><w:r><w:rPr><w:sz w:val=\"22\"/></w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
        return "<w:document xmlns:w=\"" + W + "\"><w:body>" + paragraph.repeat(paragraphs) + "</w:body></w:document>";
    }

    /**
     * A DOCX whose {@code word/document.xml} is {@code paragraphs} ordinary, varied paragraphs (compressing like real
     * text, about 10 to 1), streamed into the ZIP.
     */
    static byte[] bigDocument(int paragraphs) throws IOException {
        String xml = documentXml("%s", 1);
        int body = xml.indexOf("<w:p>");
        int end = xml.indexOf("</w:body>");
        String paragraph = xml.substring(body, end);
        var random = new Random(3);
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < paragraphs; i++) {
                String text = "%d. Led a team of %d engineers on project %x, cutting costs by %d %%."
                        .formatted(i, random.nextInt(20), random.nextLong(), random.nextInt(90));
                zip.write(paragraph.formatted(text).getBytes(StandardCharsets.UTF_8));
            }
            zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A ZIP holding a ZIP, {@code depth} times, around {@code innermost}. */
    static byte[] nestedZip(byte[] innermost, int depth) throws IOException {
        byte[] current = innermost;
        for (int i = 0; i < depth; i++) {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                put(zip, "layer" + i + ".zip", current, 1);
            }
            current = out.toByteArray();
        }
        return current;
    }

    /**
     * {@code bytes} of repetitive text with a random byte every 320, compressing to about 1.4 % like the bomb of the
     * security review (62 entries of 10 MB at 1.4 %): under any sane ratio limit, so only the total stops it.
     */
    static byte[] block(int bytes) {
        byte[] line = "Senior Java developer, Spring Boot, PostgreSQL, Kafka, Kubernetes. "
                .getBytes(StandardCharsets.US_ASCII);
        var random = new Random(7);
        byte[] block = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            block[i] = i % 320 == 0 ? (byte) random.nextInt() : line[i % line.length];
        }
        return block;
    }

    /** zlib data inflating to {@code size} zero bytes, as a PDF's FlateDecode stream holds. */
    static byte[] flate(long size) throws IOException {
        return flate(new byte[MB], size / MB);
    }

    /** zlib data inflating to {@code data}. */
    static byte[] flate(byte[] data) throws IOException {
        return flate(data, 1);
    }

    /** zlib data inflating to {@code repeat} copies of {@code block}, streamed. */
    static byte[] flate(byte[] block, long repeat) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            for (long i = 0; i < repeat; i++) {
                deflate.write(block);
            }
        }
        return out.toByteArray();
    }

    /** A PDF with one page per content stream, each given as ({@code /Filter} value, stream data). */
    static byte[] pdf(String filter, List<byte[]> contents) throws IOException {
        var pdf = new RawPdf();
        int pages = contents.size();
        var kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(3 + 2 * i).append(" 0 R ");
        }
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
        for (int i = 0; i < pages; i++) {
            pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + (4 + 2 * i) + " 0 R >>");
            pdf.stream("/Filter " + filter, contents.get(i));
        }
        return pdf.finish();
    }

    /** A PDF whose page tree has {@code pages} empty pages. */
    static byte[] manyPages(int pages) throws IOException {
        var pdf = new RawPdf();
        var kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(3 + i).append(" 0 R ");
        }
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " /MediaBox [0 0 612 792] >>");
        for (int i = 0; i < pages; i++) {
            pdf.object("<< /Type /Page /Parent 2 0 R >>");
        }
        return pdf.finish();
    }

    /** A one-page PDF with {@code objects} more objects nothing refers to. */
    static byte[] manyObjects(int objects) throws IOException {
        var pdf = new RawPdf();
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
        for (int i = 0; i < objects; i++) {
            pdf.object("[" + i + "]");
        }
        return pdf.finish();
    }

    private static void put(ZipOutputStream zip, String name, byte[] block, int repeat) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        for (int i = 0; i < repeat; i++) {
            zip.write(block);
        }
        zip.closeEntry();
    }

    /** PDF objects written in order, with a correct cross-reference table. */
    private static final class RawPdf {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        RawPdf() throws IOException {
            write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        }

        void object(String body) throws IOException {
            begin();
            write(body + "\nendobj\n");
        }

        void stream(String dictionary, byte[] data) throws IOException {
            begin();
            write("<< " + dictionary + " /Length " + data.length + " >>\nstream\n");
            out.write(data);
            write("\nendstream\nendobj\n");
        }

        byte[] finish() throws IOException {
            int xref = out.size();
            var table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            offsets.forEach(offset -> table.append("%010d 00000 n \n".formatted(offset)));
            write(table + "trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                    + "\n%%EOF\n");
            return out.toByteArray();
        }

        private void begin() throws IOException {
            offsets.add(out.size());
            write((offsets.size()) + " 0 obj\n");
        }

        private void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
