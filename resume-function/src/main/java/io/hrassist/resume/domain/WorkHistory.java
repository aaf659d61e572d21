package io.hrassist.resume.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The periods of a resume sorted into work, study and leave, each with the lines that describe it: its entry runs from
 * its head (the date line, or the line above a date line that holds nothing else) to the next entry's head or the next
 * section heading.
 */
final class WorkHistory {

    /** What a period was spent on. */
    enum Kind {
        WORK,
        STUDY,
        LEAVE
    }

    /**
     * One period: {@code relevant} when a line of its entry concerns the vacancy, {@code described} when the entry has
     * lines beyond its head, and {@code quote} its head as written (the date lines, and the title above bare dates).
     */
    record Entry(Period period, Kind kind, boolean relevant, boolean described, String quote) {}

    private WorkHistory() {}

    static List<Entry> of(List<String> lines, List<Period> periods, Predicate<String> concernsVacancy) {
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            int head = head(lines, period, i == 0 ? -1 : periods.get(i - 1).lastLine());
            int next = i + 1 < periods.size() ? head(lines, periods.get(i + 1), period.lastLine()) : lines.size();
            int end = Math.max(period.lastLine() + 1, Math.min(next, nextHeading(lines, period.lastLine())));
            List<String> headLines = lines.subList(head, period.lastLine() + 1);
            entries.add(new Entry(
                    period,
                    kind(lines, head, headLines),
                    lines.subList(head, end).stream().anyMatch(concernsVacancy),
                    end > period.lastLine() + 1,
                    String.join(" ", headLines)));
        }
        return entries;
    }

    /** The date line, or the line above a bare one unless that belongs to the previous period or is a heading. */
    private static int head(List<String> lines, Period period, int previousLastLine) {
        int above = period.firstLine() - 1;
        boolean titleAbove = period.bare()
                && above > previousLastLine
                && !ResumeLexicon.HEADING.matcher(lines.get(above)).matches();
        return titleAbove ? above : period.firstLine();
    }

    private static Kind kind(List<String> lines, int head, List<String> headLines) {
        if (inStudySection(lines, head)
                || headLines.stream()
                        .anyMatch(l -> ResumeLexicon.DEGREE.matcher(l).find())) {
            return Kind.STUDY;
        }
        return headLines.stream().anyMatch(ResumeLexicon::isLeave) ? Kind.LEAVE : Kind.WORK;
    }

    private static boolean inStudySection(List<String> lines, int line) {
        for (int i = line; i >= 0; i--) {
            if (ResumeLexicon.HEADING.matcher(lines.get(i)).matches()) {
                return ResumeLexicon.STUDY_HEADING.matcher(lines.get(i)).matches();
            }
        }
        return false;
    }

    private static int nextHeading(List<String> lines, int after) {
        for (int i = after + 1; i < lines.size(); i++) {
            if (ResumeLexicon.HEADING.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }
}
