package io.hrassist.resume.domain;

import io.hrassist.events.ResumeEvaluated.Flag;
import java.util.List;

/** The text a human reader sees in a document, and findings about text they would not see. */
public record ResumeText(String visible, List<Flag> flags) {

    public ResumeText {
        flags = List.copyOf(flags);
    }
}
