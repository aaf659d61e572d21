package io.hrassist.resume.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years of experience from the date ranges in a resume ("2019 – present", "03.2015 - 06.2019", "2018 — по н.в."). */
final class Experience {

    private static final String DATE = "(?:(\\d{1,2})[./])?((?:19|20)\\d{2})";
    private static final String NOW = "present|now|current|today|настоящее время|н\\.?\\s?в\\.?|сейчас|наст\\. время";
    private static final Pattern RANGE = Pattern.compile(
            DATE + "\\s*(?:-|–|—|to|по|until)\\s*(?:по\\s+|to\\s+|until\\s+)?(?:" + DATE + "|(" + NOW + "))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Experience() {}

    static double years(String text, YearMonth now) {
        var ranges = new ArrayList<YearMonth[]>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            YearMonth start = at(m.group(1), m.group(2), 1);
            YearMonth end = m.group(5) != null ? now : at(m.group(3), m.group(4), 12);
            if (!end.isBefore(start) && !end.isAfter(now.plusMonths(1))) {
                ranges.add(new YearMonth[] {start, end});
            }
        }
        return merged(ranges) / 12.0;
    }

    /** Months covered by the ranges, overlapping jobs counted once. */
    private static long merged(List<YearMonth[]> ranges) {
        ranges.sort(Comparator.comparing(r -> r[0]));
        long months = 0;
        YearMonth coveredUntil = null;
        for (YearMonth[] r : ranges) {
            YearMonth start = coveredUntil != null && !r[0].isAfter(coveredUntil) ? coveredUntil.plusMonths(1) : r[0];
            if (!r[1].isBefore(start)) {
                months += start.until(r[1], java.time.temporal.ChronoUnit.MONTHS) + 1;
                coveredUntil = r[1];
            }
        }
        return months;
    }

    private static YearMonth at(String month, String year, int defaultMonth) {
        int m = month == null ? defaultMonth : Integer.parseInt(month);
        return YearMonth.of(Integer.parseInt(year), m < 1 || m > 12 ? defaultMonth : m);
    }
}
