package io.hrassist.resume.document;

import io.hrassist.events.FlagDetails;
import io.hrassist.events.ResumeEvaluated.Flag;
import io.hrassist.events.ResumeEvaluated.FlagType;
import io.hrassist.resume.domain.ResumeText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects text a reader would not see, by why it is hidden, and turns it into {@code HIDDEN_TEXT} flags. */
final class HiddenText {

    private static final int EXCERPT = 200;
    private final Map<FlagDetails.Hidden, StringBuilder> byReason = new EnumMap<>(FlagDetails.Hidden.class);

    void add(FlagDetails.Hidden reason, String text) {
        byReason.computeIfAbsent(reason, r -> new StringBuilder()).append(text);
    }

    /** Ends a line of hidden text (so separate hidden passages do not run together). */
    void lineBreak() {
        byReason.values().forEach(text -> {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        });
    }

    ResumeText with(String visible) {
        var flags = new ArrayList<Flag>();
        var hidden = new StringBuilder();
        byReason.forEach((reason, text) -> {
            String trimmed = text.toString().strip();
            if (!trimmed.isEmpty()) {
                flags.add(new Flag(FlagType.HIDDEN_TEXT, FlagDetails.hidden(reason), excerpt(trimmed)));
                hidden.append(trimmed).append('\n');
            }
        });
        return new ResumeText(visible, hidden.toString(), List.copyOf(flags));
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT - 3) + "...";
    }
}
