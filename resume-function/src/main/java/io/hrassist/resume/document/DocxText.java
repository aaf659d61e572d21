package io.hrassist.resume.document;

import io.hrassist.events.FlagDetails;
import io.hrassist.resume.domain.ResumeText;
import io.hrassist.resume.domain.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Visible and hidden text of a DOCX, streamed run by run with StAX (no DTDs, no external entities) from the parts
 * {@link DocxArchive} checked: headers, {@code word/document.xml}, footers. Hidden runs ({@code w:vanish}), white and
 * tiny text are kept apart; a paragraph ends a line, a table cell a tab, a table a line.
 */
final class DocxText {

    private static final Set<String> WORD = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    /** Drawings and text boxes, deleted text, field codes and earlier formatting: not the text a reader sees. */
    private static final Set<String> SKIPPED =
            Set.of("drawing", "pict", "object", "del", "delText", "instrText", "rPrChange");

    private static final double MIN_POINTS = 2.0;
    private static final XMLInputFactory XML = xmlFactory();

    private final DocxArchive archive;

    DocxText(DocumentLimits limits) {
        this.archive = new DocxArchive(limits);
    }

    ResumeText read(byte[] bytes) {
        Map<String, byte[]> parts = archive.textParts(bytes);
        var visible = new StringBuilder();
        var hidden = new HiddenText();
        try {
            for (String kind : new String[] {"header", "document", "footer"}) {
                for (var part : parts.entrySet()) {
                    if (part.getKey().startsWith("word/" + kind)) {
                        new Part(visible, hidden).read(part.getValue());
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw unreadable(e);
        }
        return hidden.with(visible.toString());
    }

    static UnreadableDocumentException unreadable(Exception cause) {
        return new UnreadableDocumentException(
                "UNSUPPORTED_DOCUMENT", "The file is a ZIP archive but not a readable DOCX document.", cause);
    }

    /** One part's text, appended to the document's. */
    private static final class Part {
        private final StringBuilder visible;
        private final HiddenText hidden;
        private StringBuilder run;
        private boolean vanish;
        private String color;
        private Double points;

        Part(StringBuilder visible, HiddenText hidden) {
            this.visible = visible;
            this.hidden = hidden;
        }

        void read(byte[] xml) throws XMLStreamException {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (!(event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                            || !WORD.contains(reader.getNamespaceURI())) {
                        continue;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        start(reader);
                    } else {
                        end(reader.getLocalName());
                    }
                }
            } finally {
                reader.close();
            }
        }

        private void start(XMLStreamReader reader) throws XMLStreamException {
            String name = reader.getLocalName();
            if (SKIPPED.contains(name)) {
                skip(reader);
            } else if (name.equals("r")) {
                run = new StringBuilder();
                vanish = false;
                color = null;
                points = null;
            } else if (run != null) {
                inRun(name, reader);
            }
        }

        private void inRun(String name, XMLStreamReader reader) throws XMLStreamException {
            switch (name) {
                case "t" -> run.append(reader.getElementText());
                case "tab", "ptab" -> run.append('\t');
                case "br", "cr" -> run.append('\n');
                case "vanish" -> vanish = on(value(reader));
                case "color" -> color = value(reader);
                case "sz" -> points = halfPoints(value(reader));
                default -> {}
            }
        }

        private void end(String name) {
            switch (name) {
                case "r" -> endRun();
                case "p" -> {
                    visible.append('\n');
                    hidden.lineBreak();
                }
                case "tc" -> visible.append('\t');
                case "tbl" -> visible.append('\n');
                default -> {}
            }
        }

        private void endRun() {
            if (run == null) {
                return;
            }
            FlagDetails.Hidden reason = hiddenBecause();
            if (reason == null) {
                visible.append(run);
            } else {
                hidden.add(reason, run.toString());
            }
            run = null;
        }

        private FlagDetails.Hidden hiddenBecause() {
            if (vanish) {
                return FlagDetails.Hidden.HIDDEN_RUN;
            }
            if (color != null && color.length() == 6 && isWhite(color)) {
                return FlagDetails.Hidden.WHITE;
            }
            if (points != null && points < MIN_POINTS) {
                return FlagDetails.Hidden.TINY;
            }
            return null;
        }

        private static void skip(XMLStreamReader reader) throws XMLStreamException {
            for (int depth = 1; depth > 0; ) {
                int event = reader.next();
                depth += event == XMLStreamConstants.START_ELEMENT
                        ? 1
                        : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
            }
        }

        private static String value(XMLStreamReader reader) {
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                if (reader.getAttributeLocalName(i).equals("val") && WORD.contains(reader.getAttributeNamespace(i))) {
                    return reader.getAttributeValue(i);
                }
            }
            return null;
        }
    }

    private static boolean on(String value) {
        return value == null || !(value.equals("false") || value.equals("0") || value.equals("off"));
    }

    private static Double halfPoints(String value) {
        try {
            return value == null ? null : Double.parseDouble(value) / 2;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isWhite(String hex) {
        try {
            int rgb = Integer.parseInt(hex, 16);
            return ((rgb >> 16) & 0xFF) >= 0xF0 && ((rgb >> 8) & 0xFF) >= 0xF0 && (rgb & 0xFF) >= 0xF0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The JDK's own StAX parser (never one found on the class path), with DTDs and external entities off. */
    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
