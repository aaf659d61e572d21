package io.hrassist.resume.domain;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A date range read from a resume, both months included, and the lines it was written on ({@code firstLine} and
 * {@code lastLine} differ when a PDF wrapped the range). {@code bare}: those lines hold little but the dates, so what
 * the range is about is written on the line before ("Backend Engineer, Acme" above "Jan 2015 – Dec 2020").
 */
record Period(YearMonth start, YearMonth end, int firstLine, int lastLine, boolean bare) {

    Period {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period ends before it starts: " + start + " – " + end);
        }
    }

    long months() {
        return start.until(end, ChronoUnit.MONTHS) + 1;
    }
}
