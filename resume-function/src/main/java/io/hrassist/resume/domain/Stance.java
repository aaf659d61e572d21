package io.hrassist.resume.domain;

import java.util.regex.Pattern;

/**
 * What a line says about a skill it names: used, known only weakly (the basics, a course), or denied (not worked with
 * it, no experience, planning to learn it, learning it now, a certificate still to be taken). Only the clause holding
 * the name is read — a sentence, or the part after "but"/«но» — and the cue must stand before the name in it, or right
 * after it ("Kafka — only in a course", «SQL — только теоретически»), so "Java services; no downtime" stays used.
 */
enum Stance {
    USED,
    WEAK,
    DENIED;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Where a clause ends: a sentence mark, or a word that turns the sentence. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[.;!?](?=\\s|$)|\\b(but|however|although|though|whereas|while|но|однако|зато|хотя)\\b|,\\s+а\\b", FLAGS);

    /** Russian verbs of having done something, which «не» before them denies. */
    private static final String NOT_DONE_RU = "(работал\\w*|использовал\\w*|делал\\w*|сталкивал\\w*|применял\\w*"
            + "|занимал\\w*|вел\\w*|вёл|знаю|владею|имею|было|приходилось|довелось|участвовал\\w*|проводил\\w*"
            + "|составлял\\w*|готовил\\w*|умею|работаю|сдавал\\w*)";

    private static final Pattern DENIED_BEFORE = Pattern.compile(
            String.join(
                    "|",
                    "(\\bnot|\\bnever|n't)\\s+(yet\\s+)?(worked|used|touched|done|tried|written|built|managed|performed|held|had)\\b",
                    "\\bno\\s+(\\w+\\s+){0,2}?(experience|exposure|background|knowledge|practice)\\b",
                    "\\bno\\s+((production|commercial|real|hands-on|prior|professional|own)\\s+)?$",
                    "\\b(without|lack(ing)?|zero)\\s+(\\w+\\s+){0,2}?(experience|exposure|background|knowledge)\\b",
                    "\\b(plan(s|ning|ned)?|intend(s|ing)?|hop(e|ing)|want(s|ing)?|would like|going|aim(ing)?|looking)"
                            + "\\s+to\\s+(learn|study|master|pick up|get into|move into|start|try|explore|take|obtain|get)\\b",
                    "\\b(currently|now|still|am|i'm)\\s+(learning|studying|getting into)\\b",
                    "^\\W*(learning|studying)\\b",
                    "\\b(enrolled in|working towards?|studying for|pursuing|candidate for|обучаюсь на|получаю)\\b",
                    "\\bне\\s+(\\S+\\s+){0,2}?" + NOT_DONE_RU,
                    "\\bне\\s+$",
                    "\\b(нет|без|отсутству\\w*)\\s+(\\S+\\s+){0,2}?(опыт\\w*|практик\\w*|знани\\w*)",
                    "\\bникогда\\b",
                    "\\b(планирую|собираюсь|хочу|хотел\\w* бы|намерен\\w*|мечтаю|стремлюсь)\\s+(\\S+\\s+){0,1}?"
                            + "(изучить|освоить|выучить|научиться|попробовать|перейти|получить|пройти|заняться)",
                    "\\b(изучаю|осваиваю)\\b|\\bпрохожу\\s+(курс|обучение)"),
            FLAGS);
    private static final Pattern DENIED_AFTER = Pattern.compile(
            "^\\W*((course|certification|exam|training|курс\\w*|экзамен\\w*)\\s+)?(is\\s+)?"
                    + "(booked|scheduled|planned|pending|in progress|to be taken|not yet|no (\\w+ )?experience|запланирован\\w*"
                    + "|в планах|планиру\\w*|собираюсь|нет|не было|нет опыта)\\b|^\\W*(сам\\w*\\s+)?не\\s+(\\S+\\s+)?"
                    + NOT_DONE_RU
                    + "|^\\W*(is\\s+|was\\s+)?(not|never)\\s+(yet\\s+)?(used|done|worked)\\b",
            FLAGS);
    /** Anywhere in the clause after the name: the credential is still to come ("graduation expected 2028"). */
    private static final Pattern PENDING_AFTER =
            Pattern.compile("\\b(expected|in progress|pending|ожидается|в процессе получения)\\b", FLAGS);

    private static final Pattern WEAK_BEFORE = Pattern.compile(
            "\\b(familiar with|basic (knowledge|understanding|level|skills)|basics|the basics|beginner|introductory"
                    + "|some exposure|entry-level|self-taught|(?<!of )courses?|coursework|bootcamp|kaggle|pet projects?"
                    + "|tutorials?|coursera|udemy|edx|datacamp|stepik|specialization|nanodegree|mooc)\\b|\\bsome\\s+$|\\b(знаком\\w*|базов\\w*|поверхностн\\w*|основы|основами|начальн\\w+ уровн\\w*"
                    + "|теоретическ\\w*|курс(ы|ов|ах|е)?\\b|пет-проект\\w*|степик|нетологи\\w*|skillbox|практикум\\w*)",
            FLAGS);
    private static final Pattern WEAK_AFTER = Pattern.compile(
            "^\\W*(\\(?\\s*)?(only\\s+)?(in theory|theoretically|basics|basic|from (a |an )?(online )?courses?"
                    + "|(a |an )?(online )?courses? only|at university|only|в теории|теоретически|только теоретически"
                    + "|на курсах|только на курсах|базово|на базовом уровне|поверхностно)\\b"
                    + "|^\\s*\\(\\s*(courses?|coursework|basic|basics|курсы|базово|начальный уровень)\\s*\\)",
            FLAGS);

    /** The stance of {@code line} on the name at {@code [start, end)}. */
    static Stance of(String line, int start, int end) {
        int from = clauseStart(line, Math.min(start, line.length()));
        int to = clauseEnd(line, Math.min(end, line.length()));
        String before = line.substring(from, Math.min(start, line.length()));
        String after = line.substring(Math.min(end, line.length()), to);
        if (DENIED_BEFORE.matcher(before).find()
                || DENIED_AFTER.matcher(after).find()
                || PENDING_AFTER.matcher(after).find()) {
            return DENIED;
        }
        return WEAK_BEFORE.matcher(before).find() || WEAK_AFTER.matcher(after).find() ? WEAK : USED;
    }

    private static int clauseStart(String line, int at) {
        var matcher = CLAUSE_END.matcher(line).region(0, at);
        int start = 0;
        while (matcher.find()) {
            start = matcher.end();
        }
        return start;
    }

    private static int clauseEnd(String line, int at) {
        var matcher = CLAUSE_END.matcher(line).region(at, line.length());
        return matcher.find() ? matcher.start() : line.length();
    }
}
