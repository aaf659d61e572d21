package io.hrassist.resume.domain;

import io.hrassist.events.ResumeEvaluated.Flag;
import java.util.List;

/**
 * What a document holds: the text a human reader sees, the text hidden from them (never scored), and findings about
 * the document.
 */
public record ResumeText(String visible, String hidden, List<Flag> flags) {

    public ResumeText {
        hidden = hidden == null ? "" : hidden;
        flags = List.copyOf(flags);
    }

    public static ResumeText plain(String visible) {
        return new ResumeText(visible, "", List.of());
    }
}
