package io.hrassist.resume.domain;

import io.hrassist.events.FlagDetails;
import io.hrassist.events.ResumeEvaluated.Flag;
import io.hrassist.events.ResumeEvaluated.FlagType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resume text is untrusted: zero-width characters are hidden text, and lines that address a model or the reader with
 * instructions are prompt injection. Both are flagged, logged and left out of what is scored. The instruction pattern
 * is telemetry, not the defence — it misses rephrasings by design; what keeps a model's answer honest is
 * {@link ClaimCheck}.
 */
final class Untrusted {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Untrusted.class);

    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u00AD]");
    private static final Pattern INSTRUCTION = Pattern.compile(
            "ignore (all |any )?(the )?(previous|prior|above) (instructions|prompts?)|disregard (the|all|previous)"
                    + "|you are (an? )?(ai|language model|assistant|chatgpt|recruiter bot)|(reveal|print|show) (the |your )?system prompt"
                    + "|(rate|score|rank|evaluate) (this|the) (candidate|resume|cv)\\b.*\\b(high|top|best|100|10/10|perfect)"
                    + "|this candidate (is|must be) (the )?(best|perfect|ideal)|give (this|the) (candidate|resume) (a )?(high|top|maximum)"
                    + "|игнорируй|проигнорируй|забудь (все )?(предыдущие )?инструкции|ты (—|-)? ?(ии|языковая модель|ассистент)"
                    + "|(оцени|поставь) (этого |этому )?кандидат\\w* (максимальн|высш)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int EXCERPT = 200;

    private Untrusted() {}

    static ResumeText clean(ResumeText text) {
        var flags = new ArrayList<>(text.flags());
        String visible = text.visible();
        if (ZERO_WIDTH.matcher(visible).find()) {
            flags.add(new Flag(FlagType.HIDDEN_TEXT, FlagDetails.ZERO_WIDTH, null));
            visible = ZERO_WIDTH.matcher(visible).replaceAll("");
        }
        var kept = new ArrayList<String>();
        for (String line : visible.split("\\R")) {
            if (INSTRUCTION.matcher(line).find()) {
                flags.add(new Flag(FlagType.PROMPT_INJECTION, FlagDetails.INSTRUCTIONS, excerpt(line)));
            } else {
                kept.add(line);
            }
        }
        for (String line : text.hidden().split("\\R")) {
            if (INSTRUCTION.matcher(line).find()) {
                flags.add(new Flag(FlagType.PROMPT_INJECTION, FlagDetails.HIDDEN_INSTRUCTIONS, excerpt(line)));
                break;
            }
        }
        long injections = flags.stream()
                .filter(f -> f.type() == FlagType.PROMPT_INJECTION)
                .count();
        if (injections > 0) {
            LOG.warn("Prompt-injection pattern matched {} time(s) in a resume", injections);
        }
        return new ResumeText(String.join("\n", kept), text.hidden(), flags);
    }

    /**
     * The line as written, or its first 200 characters cut at a space: a verbatim prefix, so a quote can always be
     * found in the text it came from (no ellipsis is added).
     */
    static String excerpt(String line) {
        String s = line.strip();
        if (s.length() <= EXCERPT) {
            return s;
        }
        int space = s.lastIndexOf(' ', EXCERPT);
        return s.substring(0, space > EXCERPT / 2 ? space : EXCERPT).strip();
    }

    /** Lines repeated three times or more are stuffing: none of them counts as evidence. */
    static List<String> withoutRepeats(List<String> lines) {
        var counts = new HashMap<String, Integer>();
        lines.forEach(line -> counts.merge(line, 1, Integer::sum));
        return lines.stream().filter(line -> counts.get(line) < 3).toList();
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
