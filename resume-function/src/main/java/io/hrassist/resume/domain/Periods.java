package io.hrassist.resume.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date ranges of a resume, in English, Russian and German forms: years ("2015 – 2020"), months by number
 * ("01/2015", "03.2015", "2015-01") or by name ("Jan 2015", "январь 2015", "янв. 2015"), open ends ("present", "now",
 * "heute", "по настоящее время", "по н.в.") and open starts at the head of a line ("seit 2019", "since 2019",
 * "с 2019 г."). A range may be wrapped over two lines, as PDFs often do.
 */
final class Periods {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            + "|januar|februar|märz|mär|mai|juni|juli|okt(?:ober)?|dez(?:ember)?"
            + "|янв(?:арь|аря|аре)?|фев(?:раль|раля|рале|р)?|мар(?:т|та|те)?|апр(?:ель|еля|еле)?|ма[йяе]"
            + "|июн[ьяе]?|июл[ьяе]?|авг(?:уст|уста|усте)?|сен(?:тябрь|тября|тябре|т)?|окт(?:ябрь|ября|ябре)?"
            + "|ноя(?:брь|бря|бре)?|дек(?:абрь|абря|абре)?)\\.?";
    private static final String YEAR = "(?:19|20)\\d{2}(?!\\d)";
    private static final String POINT = "(?<![\\p{L}\\p{N}])(?:" + MONTH_NAME + "\\s*" + YEAR
            + "|(?:0?[1-9]|1[0-2])[./-]" + YEAR
            + "|" + YEAR + "[-./](?:0[1-9]|1[0-2])(?!\\d)"
            + "|" + YEAR + ")(?:\\s?(?:гг?\\.|года?|г)(?!\\p{L}))?+";
    private static final String NOW = "(?:present|current(?:ly)?|now|today|date|ongoing|heute|jetzt"
            + "|настоящее\\s+время|наст\\.?\\s*вр(?:емя|\\.)?|н\\.?\\s?в\\.?|сейчас|текущее\\s+время|сей\\s+день"
            + "|наши\\s+дни)(?!\\p{L})";
    private static final String SEPARATOR = "\\s*(?:[-–—−‒]+|(?<!\\p{L})(?:to|till|until|bis|по|до)(?!\\p{L}))\\s*";
    private static final String END_WORD = "(?:(?:по|to|till|until|bis)\\s+)?";
    private static final Pattern RANGE = Pattern.compile(
            "(?:(?<!\\p{L})(?:from|von|с)\\s+)?(" + POINT + ")" + SEPARATOR + END_WORD + "(" + NOW + "|" + POINT + ")",
            FLAGS);
    private static final Pattern SINCE =
            Pattern.compile("(?m)^[\\s*•·–—-]*(?:seit|since|ab|с)\\s+(" + POINT + ")(?!" + SEPARATOR + ")", FLAGS);
    private static final Pattern ONLY_NOW = Pattern.compile(NOW, FLAGS);
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern PARTS = Pattern.compile(
            "(?<name>\\p{L}+)\\.?\\s*(?<y1>\\d{4})|(?<m2>\\d{1,2})[./-](?<y2>\\d{4})|(?<y3>\\d{4})[-./](?<m3>\\d{2})"
                    + "|(?<y4>\\d{4})",
            FLAGS);
    private static final List<List<String>> MONTHS = List.of(
            List.of("jan", "янв"),
            List.of("feb", "фев"),
            List.of("mar", "mär", "мар"),
            List.of("apr", "апр"),
            List.of("may", "mai", "ма"),
            List.of("jun", "июн"),
            List.of("jul", "июл"),
            List.of("aug", "авг"),
            List.of("sep", "сен"),
            List.of("oct", "okt", "окт"),
            List.of("nov", "ноя"),
            List.of("dec", "dez", "дек"));

    private Periods() {}

    /** The ranges in {@code lines} that end no later than {@code now} is reached (a later end counts until now). */
    static List<Period> in(List<String> lines, YearMonth now) {
        String text = String.join("\n", lines);
        int[] starts = lineStarts(lines);
        var found = new ArrayList<Period>();
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            boolean open = ONLY_NOW.matcher(range.group(2)).matches();
            YearMonth start = point(range.group(1), false);
            YearMonth end = open ? now : point(range.group(2), true);
            Lines at = at(lines, starts, range);
            add(found, start, end, now, at);
        }
        Matcher since = SINCE.matcher(text);
        while (since.find()) {
            add(found, point(since.group(1), false), now, now, at(lines, starts, since));
        }
        found.sort(Comparator.comparingInt(Period::firstLine));
        return found;
    }

    /** The lines a match spans, and whether they say anything besides the dates. */
    private record Lines(int first, int last, boolean bare) {}

    private static Lines at(List<String> lines, int[] starts, Matcher match) {
        int first = lineOf(starts, match.start());
        int last = lineOf(starts, match.end() - 1);
        String rest = String.join(" ", lines.subList(first, last + 1))
                .replace(match.group().replace('\n', ' '), " ");
        return new Lines(first, last, WORDS.matcher(rest).results().count() < 2);
    }

    private static void add(List<Period> found, YearMonth start, YearMonth end, YearMonth now, Lines at) {
        YearMonth until = end.isAfter(now) ? now : end;
        if (!start.isAfter(until)) {
            found.add(new Period(start, until, at.first(), at.last(), at.bare()));
        }
    }

    /** A point of a range: a year alone means its first month at the start of a range and its last at the end. */
    private static YearMonth point(String text, boolean end) {
        Matcher m = PARTS.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Not a date: " + text);
        }
        if (m.group("name") != null) {
            return YearMonth.of(Integer.parseInt(m.group("y1")), month(m.group("name")));
        }
        if (m.group("m2") != null) {
            return YearMonth.of(Integer.parseInt(m.group("y2")), Integer.parseInt(m.group("m2")));
        }
        if (m.group("m3") != null) {
            return YearMonth.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")));
        }
        return YearMonth.of(Integer.parseInt(m.group("y4")), end ? 12 : 1);
    }

    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).stream().anyMatch(lower::startsWith)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("Not a month: " + name);
    }

    private static int[] lineStarts(List<String> lines) {
        int[] starts = new int[lines.size()];
        for (int i = 1; i < starts.length; i++) {
            starts[i] = starts[i - 1] + lines.get(i - 1).length() + 1;
        }
        return starts;
    }

    private static int lineOf(int[] starts, int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
