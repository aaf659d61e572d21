package io.hrassist.resume.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Which lines of a resume only list skills: lines in a skills section, lines opening with a skills label ("Skills:",
 * «Навыки:»), comma- or bullet-separated runs of short items, and lines too short to describe work. A skill named only
 * there is claimed, not shown; a licence in a credentials list ("Certifications: BLS, ACLS") is held, but not one
 * claimed in a skills list.
 */
final class Listings {

    /** Shorter lines are headings or keyword lines: they show a skill is named, not that it was used. */
    private static final int MIN_PROSE_WORDS = 5;

    /** What a line is: prose, a list or short line, or a line of a skills section or label. */
    enum Kind {
        PROSE,
        LIST,
        SKILLS;

        boolean lists() {
            return this != PROSE;
        }
    }

    private Listings() {}

    /** For each line, what it is. */
    static Kind[] of(List<String> lines) {
        var kinds = new Kind[lines.size()];
        boolean inSkills = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ResumeLexicon.HEADING.matcher(line).matches()) {
                inSkills = ResumeLexicon.SKILLS_HEADING.matcher(line).matches();
            }
            if (inSkills || ResumeLexicon.SKILLS_LABEL.matcher(line).find()) {
                kinds[i] = Kind.SKILLS;
            } else if (isKeywordList(line) || line.strip().split("\\s+").length < MIN_PROSE_WORDS) {
                kinds[i] = Kind.LIST;
            } else {
                kinds[i] = Kind.PROSE;
            }
        }
        return kinds;
    }

    /** A line that is mostly a comma- or bullet-separated run of short items. */
    static boolean isKeywordList(String line) {
        String[] items = line.split("[,;|•·]");
        if (items.length < 3) {
            return false;
        }
        long shortItems = Arrays.stream(items)
                .filter(i -> i.strip().split("\\s+").length <= 3)
                .count();
        return shortItems >= items.length * 0.8;
    }
}
