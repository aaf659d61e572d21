package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.resume.domain.WorkHistory.Entry;
import io.hrassist.resume.domain.WorkHistory.Kind;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Years of work from the date ranges of a resume: overlapping jobs count once, studies and leave (parental leave, a
 * sabbatical, a career break) not at all. Where the jobs are described, only those whose entries name the vacancy's
 * title or one of its skills decide the criterion, so ten years as a chef do not make a senior engineer; the quotes are
 * the date lines counted, and the computed years are the criterion's reason.
 */
final class Experience {

    static final int WEIGHT = 10;
    private static final int MAX_QUOTES = 6;
    private static final Pattern RANK = Pattern.compile(
            "\\b(senior|junior|middle|mid-level|lead|principal|staff|head of|chief|sr\\.?|jr\\.?|старш\\w*|ведущ\\w*"
                    + "|младш\\w*|главн\\w*)(?!\\p{L})|\\(.*?\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern DATE_WORDS = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|\\b(present|now|current|today|to date"
                    + "|since|from|until|till|to|heute|seit|bis|jetzt|январ\\w*|феврал\\w*|март\\w*|апрел\\w*|ма[йя]\\w*"
                    + "|июн\\w*|июл\\w*|август\\w*|сентябр\\w*|октябр\\w*|ноябр\\w*|декабр\\w*|янв|фев|мар|апр|авг|сент?"
                    + "|окт|нояб?|дек|настоящее|время|наст|по|н|в|вр|с|до|г|гг|года?|mo|yrs?|years?|months?|лет|мес)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORDS = Pattern.compile("\\p{L}{3,}");

    private final SkillTaxonomy taxonomy;

    Experience(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * What the dates show. {@code relevantMonths} is what the criterion rests on: the jobs that concern the vacancy
     * when any job is described, else every job.
     */
    record Found(long months, long relevantMonths, long leaveMonths, List<String> quotes) {

        double years() {
            return months / 12.0;
        }

        double relevantYears() {
            return relevantMonths / 12.0;
        }
    }

    Found read(List<String> lines, VacancyBrief vacancy, YearMonth now) {
        String title = RANK.matcher(vacancy.title()).replaceAll(" ").strip();
        List<Entry> entries = WorkHistory.of(lines, Periods.in(lines, now), line -> concerns(vacancy, title, line));
        List<Period> leave =
                periods(entries.stream().filter(e -> e.kind() == Kind.LEAVE).toList());
        List<Entry> work = entries.stream().filter(e -> e.kind() == Kind.WORK).toList();
        List<Entry> counted = work.stream().anyMatch(e -> e.described() || titled(e.quote()))
                ? work.stream().filter(Entry::relevant).toList()
                : work;
        List<String> quotes = (counted.isEmpty() ? work : counted)
                .stream().map(Entry::quote).distinct().limit(MAX_QUOTES).toList();
        return new Found(
                covered(periods(work), leave), covered(periods(counted), leave), covered(leave, List.of()), quotes);
    }

    Criterion criterion(Found found, Seniority seniority, Language language) {
        int required = required(seniority);
        double years = found.relevantYears();
        Status status = years >= required ? Status.MET : years >= required / 2.0 ? Status.PARTIAL : Status.MISSING;
        return new Criterion(
                Texts.of(language).get("criterion.experience"),
                CriterionKind.EXPERIENCE,
                WEIGHT,
                status,
                found.quotes(),
                ExperienceReason.of(found, required, language));
    }

    static int required(Seniority seniority) {
        return switch (seniority) {
            case JUNIOR -> 0;
            case MIDDLE -> 2;
            case SENIOR -> 5;
            case LEAD -> 7;
        };
    }

    /** A head that says more than its dates (a job title, an employer): enough to tell whether the job concerns us. */
    private static boolean titled(String head) {
        return WORDS.matcher(DATE_WORDS.matcher(head).replaceAll(" ")).find();
    }

    private boolean concerns(VacancyBrief vacancy, String title, String line) {
        return (!title.isEmpty() && taxonomy.mentions(title, line) > 0)
                || vacancy.mustHaveSkills().stream().anyMatch(skill -> taxonomy.mentions(skill, line) > 0)
                || vacancy.niceToHaveSkills().stream().anyMatch(skill -> taxonomy.mentions(skill, line) > 0);
    }

    private static List<Period> periods(List<Entry> entries) {
        return entries.stream().map(Entry::period).toList();
    }

    /** Months covered by {@code periods} and not by {@code excluded}, each month once however many jobs share it. */
    static long covered(List<Period> periods, List<Period> excluded) {
        BitSet months = months(periods);
        months.andNot(months(excluded));
        return months.cardinality();
    }

    private static BitSet months(List<Period> periods) {
        var months = new BitSet();
        periods.forEach(p -> months.set(index(p.start()), index(p.end()) + 1));
        return months;
    }

    private static int index(YearMonth month) {
        return (month.getYear() - 1900) * 12 + month.getMonthValue() - 1;
    }
}
