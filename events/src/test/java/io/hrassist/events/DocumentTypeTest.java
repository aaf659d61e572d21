package io.hrassist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The one detector of document types, on the files people and attackers really send. */
class DocumentTypeTest {

    @Test
    void tellsPdfDocxAndTextApartByContentAlone() throws Exception {
        assertThat(DocumentType.detect(ascii("%PDF-1.7\n1 0 obj\n"))).contains(DocumentType.PDF);
        assertThat(DocumentType.detect(zip("[Content_Types].xml", "word/document.xml")))
                .contains(DocumentType.DOCX);
        assertThat(DocumentType.detect(utf8("Anna Petrova\nBackend engineer, Kotlin\n")))
                .contains(DocumentType.TEXT);
        assertThat(DocumentType.detect(utf8("Анна Петрова, инженер\n"))).contains(DocumentType.TEXT);
        assertThat(DocumentType.DOCX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void anEmptyOrBlankFileIsNothing() {
        assertThat(DocumentType.detect(new byte[0])).isEmpty();
        assertThat(DocumentType.detect(utf8(" \n\t "))).isEmpty();
        assertThat(DocumentType.claimed(new byte[0])).isEqualTo(DocumentType.TEXT);
    }

    @Test
    void aZipThatIsNotADocxIsNothingThoughItClaimsToBeOne() throws Exception {
        byte[] notes = zip("notes.txt", "word/styles.xml");

        assertThat(DocumentType.detect(notes)).isEmpty();
        assertThat(DocumentType.claimed(notes)).isEqualTo(DocumentType.DOCX);
        assertThat(DocumentType.claimed(new byte[] {'P', 'K', 3}))
                .as("cut short")
                .isEqualTo(DocumentType.TEXT);
    }

    @Test
    void aPdfHeaderCountsOnlyAtTheStart() {
        byte[] later = concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, ascii("%PDF-1.7\n"), new byte[] {(byte) 0xe2, 0});
        byte[] quoted = utf8("My notes on the %PDF-1.7 header\n");

        assertThat(DocumentType.detect(later)).isEmpty();
        assertThat(DocumentType.claimed(later)).isEqualTo(DocumentType.TEXT);
        assertThat(DocumentType.detect(quoted)).contains(DocumentType.TEXT);
        assertThat(DocumentType.detect(ascii("%PDF"))).as("no dash: text").contains(DocumentType.TEXT);
    }

    @Test
    void utf8WithAByteOrderMarkIsTextAndKeepsTheMark() {
        byte[] bom = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8("Резюме\n"));

        assertThat(DocumentType.detect(bom)).contains(DocumentType.TEXT);
        assertThat(DocumentType.utf8(bom)).contains("\uFEFFРезюме\n");
    }

    @Test
    void binaryGarbageAndNulCharactersAreNotText() {
        assertThat(DocumentType.detect(new byte[] {0, 1, 2, 3, (byte) 0xff})).isEmpty();
        assertThat(DocumentType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}))
                .isEmpty();
        assertThat(DocumentType.detect(utf8("valid UTF-8 \0 with a NUL"))).isEmpty();
        assertThat(DocumentType.utf8(new byte[] {(byte) 0xc3, (byte) 0x28})).isEmpty();
    }

    @Test
    void utf16IsNotUtf8TextWithOrWithoutAByteOrderMark() {
        assertThat(DocumentType.detect("Anna Petrova".getBytes(StandardCharsets.UTF_16)))
                .isEmpty();
        assertThat(DocumentType.detect("Anna Petrova".getBytes(StandardCharsets.UTF_16LE)))
                .isEmpty();
        assertThat(DocumentType.detect("Anna".getBytes(StandardCharsets.UTF_16BE)))
                .isEmpty();
    }

    private static byte[] zip(String... names) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(utf8("<x/>"));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
