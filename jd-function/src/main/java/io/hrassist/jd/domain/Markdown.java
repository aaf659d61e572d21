package io.hrassist.jd.domain;

import io.hrassist.events.JobDescriptionGenerated.Section;
import jakarta.annotation.Nullable;
import java.util.List;

/** Renders the sections of a job description as Markdown. */
final class Markdown {

    private Markdown() {}

    /** The title, a note to the reader (a blockquote, for a draft to review) when there is one, and the sections. */
    static String render(String title, @Nullable String note, List<Section> sections) {
        var md = new StringBuilder("# ").append(escape(title)).append("\n");
        if (note != null) {
            md.append("\n> ").append(escape(note)).append("\n");
        }
        for (Section section : sections) {
            md.append("\n## ").append(section.heading()).append("\n\n");
            if (section.text() != null) {
                md.append(escape(section.text())).append("\n");
            }
            if (!section.items().isEmpty()) {
                if (section.text() != null) {
                    md.append("\n");
                }
                section.items()
                        .forEach(item -> md.append("- ").append(escape(item)).append("\n"));
            }
        }
        return md.toString();
    }

    /** Brief text is the recruiter's own; keep it from turning into links, images or HTML. */
    private static String escape(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;").replace("](", "]\\(");
    }
}
