package io.hrassist.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** A realistic two-page resume as text, PDF and DOCX. */
final class Resumes {

    private static final String[] JOBS = {
        "2021 - present  Senior Backend Engineer, Northwind Logistics",
        "Built the parcel routing services in Java 17 and Spring Boot on PostgreSQL; moved billing events to Kafka.",
        "Ran 40 services on Kubernetes with Helm and Terraform; cut p99 latency from 900 ms to 120 ms.",
        "Mentored four engineers and led the migration from a monolith to event-driven services.",
        "2017 - 2021  Backend Developer, Contoso Bank",
        "Developed payment APIs in Java and Micronaut; Docker, Jenkins, PostgreSQL replication and backups.",
        "Introduced contract tests and cut production incidents by half.",
        "2014 - 2017  Software Developer, Fabrikam",
        "Maintained a Python and Django shop; wrote SQL reports and automated deployments.",
    };

    private Resumes() {}

    static String text() {
        var text = new StringBuilder("Anna Petrova\nSenior Backend Engineer\n\nExperience\n");
        for (int i = 0; i < 3; i++) {
            for (String line : JOBS) {
                text.append(line).append('\n');
            }
        }
        return text.append("\nEducation\nMSc Computer Science, 2014\nLanguages: English (C1), German (B2)\n")
                .toString();
    }

    static byte[] twoPagePdf() throws IOException {
        String[] lines = text().split("\n");
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            int perPage = (lines.length + 1) / 2;
            for (int page = 0; page < 2; page++) {
                var pdfPage = new PDPage();
                document.addPage(pdfPage);
                try (var content = new PDPageContentStream(document, pdfPage)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.setLeading(22);
                    content.newLineAtOffset(50, 740);
                    for (int i = page * perPage; i < Math.min(lines.length, (page + 1) * perPage); i++) {
                        content.showText(lines[i]);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws IOException {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            for (String line : text().split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
