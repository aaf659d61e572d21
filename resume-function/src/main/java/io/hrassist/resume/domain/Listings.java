package io.hrassist.resume.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which lines of a resume only list skills: lines in a skills section, lines opening with a skills label ("Skills:",
 * «Навыки:»), comma- or bullet-separated runs of short items, and lines too short to describe work. A skill named only
 * there is claimed, not shown; a licence in a credentials list ("Certifications: BLS, ACLS") is held, but not one
 * claimed in a skills list.
 */
final class Listings {

    /** Shorter lines are headings or keyword lines: they show a skill is named, not that it was used. */
    private static final int MIN_PROSE_WORDS = 5;
    /** A run that opens with this many words is a sentence enumerating things ("Проверяю первичные документы: УПД, …"). */
    private static final int SENTENCE_OPENING = 4;
    /** A bullet of at least three words outside a skills section: a terse duty ("• учёт по ПБУ/ФСБУ"), not a list. */
    private static final Pattern DUTY_BULLET = Pattern.compile("^\\s*[•\\-–—*·▪]\\s*\\S+\\s+\\S+\\s+\\S+");

    /** What a line is: prose, a list or short line, or a line of a skills section or label. */
    enum Kind {
        PROSE,
        LIST,
        SKILLS,
        /** A line of an education, courses or certificates section: study, or a credential held. */
        STUDY;

        boolean lists() {
            return this == LIST || this == SKILLS;
        }
    }

    private Listings() {}

    /** For each line, what it is. */
    static Kind[] of(List<String> lines) {
        var kinds = new Kind[lines.size()];
        Kind section = Kind.PROSE;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ResumeLexicon.HEADING.matcher(line).matches()) {
                section = ResumeLexicon.SKILLS_HEADING.matcher(line).matches()
                        ? Kind.SKILLS
                        : ResumeLexicon.STUDY_HEADING.matcher(line).matches() ? Kind.STUDY : Kind.PROSE;
            }
            kinds[i] = kind(line, section);
        }
        return kinds;
    }

    private static Kind kind(String line, Kind section) {
        if (section == Kind.SKILLS || ResumeLexicon.SKILLS_LABEL.matcher(line).find()) {
            return Kind.SKILLS;
        }
        if (section == Kind.STUDY) {
            return Kind.STUDY;
        }
        if (isKeywordList(line)) {
            return Kind.LIST;
        }
        int words = line.strip().split("\\s+").length;
        return DUTY_BULLET.matcher(line).find() || words >= MIN_PROSE_WORDS ? Kind.PROSE : Kind.LIST;
    }

    /** A line that is mostly a comma- or bullet-separated run of short items, not opened by a sentence. */
    static boolean isKeywordList(String line) {
        String[] items = line.split("[,;|•·]");
        if (items.length < 3 || items[0].strip().split("\\s+").length >= SENTENCE_OPENING) {
            return false;
        }
        long shortItems = Arrays.stream(items)
                .filter(i -> i.strip().split("\\s+").length <= 3)
                .count();
        return shortItems >= items.length * 0.8;
    }
}
