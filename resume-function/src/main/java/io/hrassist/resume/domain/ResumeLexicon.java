package io.hrassist.resume.domain;

import java.util.regex.Pattern;

/**
 * Words that tell the parts of a resume apart, in English, Russian and German: section headings, study, and leave
 * from work. Experience needs them to count only work, and the redaction to find what tells a model someone's age or
 * family.
 */
final class ResumeLexicon {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String STUDY_HEADINGS = "education|academic background|qualifications|courses|training"
            + "|(?:[\\p{L}-]+ ){1,3}(?:training|courses|education)|дополнительное образование|обучение"
            + "|(?:licen[cs]es?(?: and| &) )?certifications?|licen[cs]es|licensure|certificates|образование|курсы|повышение квалификации|сертификаты|ausbildung|studium"
            + "|bildungsweg";

    /** Sections and labels that list skills rather than show them used. */
    private static final String SKILLS_HEADINGS = "(?:technical |key |core |professional |hard |soft )?skills"
            + "(?: (?:&|and) [\\p{L} ]{1,20})?|tools|technologies|tech(?:nology)? stack|stack|(?:core )?competencies"
            + "|keywords|expertise|areas of expertise|ключевые навыки|навыки|профессиональные навыки"
            + "|навыки и компетенции|компетенции|технологии|стек(?: технологий)?|инструменты|ключевые слова"
            + "|kenntnisse|fähigkeiten|edv-kenntnisse";

    /** A section heading: a short line that names a part of a resume, perhaps with a colon or a Markdown mark. */
    static final Pattern HEADING = Pattern.compile(
            "^[#\\s]*(?:" + STUDY_HEADINGS
                    + "|(?:work |professional |relevant )?experience|employment(?: history)?|work history|career(?: history)?"
                    + "|" + SKILLS_HEADINGS + "|languages|projects|profile|summary|about(?: me)?|interests|hobbies"
                    + "|references|publications|awards|volunteering|contacts?|опыт(?: работы)?|трудовая деятельность|навыки"
                    + "|языки|знание языков|проекты|о себе|профиль|хобби|интересы"
                    + "|дополнительн\\w+(?: информация)?|контакты|berufserfahrung|kenntnisse|sprachen|projekte)\\s*:?\\s*$",
            FLAGS);

    /** The heading of a section that lists skills. */
    static final Pattern SKILLS_HEADING = Pattern.compile("^[#\\s]*(?:" + SKILLS_HEADINGS + ")\\s*:?\\s*$", FLAGS);

    /** A line that opens with a skills label: "Skills: Java, SQL", «Навыки: 1С, Excel». */
    static final Pattern SKILLS_LABEL =
            Pattern.compile("^[#\\s*•·-]*(?:" + SKILLS_HEADINGS + ")\\s*[:—–]\\s*\\S", FLAGS);

    /** The heading of a section of studies. */
    static final Pattern STUDY_HEADING = Pattern.compile("^[#\\s]*(?:" + STUDY_HEADINGS + ")\\s*:?\\s*$", FLAGS);

    /** A degree or being a student: a line about studies, even without a school's name. */
    static final Pattern DEGREE = Pattern.compile(
            "\\b(bachelor\\w*|master'?s degree|master of \\w+|masters|b\\.?sc|m\\.?sc|b\\.?eng|m\\.?eng|ph\\.?d|mba"
                    + "|diploma|degree in|graduated|student|бакалавр\\w*|магистр\\w*|магистратур\\w*|специалитет"
                    + "|аспирант\\w*|студент\\w*|кандидат \\w+ наук|высшее образование|окончил\\w*|диплом\\w*"
                    + "|studium|studierte|abschluss)\\b",
            FLAGS);

    /** A school: with {@link #DEGREE}, a line about studies, whose years tell a reader someone's age. */
    static final Pattern SCHOOL = Pattern.compile(
            "\\b(university|college|school|academy|institute|университет\\w*|институт\\w*|академи\\w*"
                    + "|колледж\\w*|education|образовани\\w*|училищ\\w*|школ\\w*|вуз\\w*|лице[йяюе]\\w*|гимнази\\w*|hochschule|universität)\\b",
            FLAGS);

    /** Time away from work — parental leave, a sabbatical, a career break — which is not experience. */
    static final Pattern LEAVE = Pattern.compile(
            "\\b(parental|maternity|paternity|family|childcare|child-care|adoption|sick|medical|carer'?s?|caregiver)"
                    + " leave\\b|\\bsabbatical\\b|\\bcareer break\\b|\\bgap year\\b|\\bдекрет\\w*"
                    + "|\\bотпуск\\w* по (уходу|беременности)|\\bтворческ\\w* отпуск\\w*|\\bакадемическ\\w* отпуск\\w*"
                    + "|\\bперерыв в (работе|карьере)\\b|\\belternzeit\\b|\\bmutterschutz\\b|\\bauszeit\\b",
            FLAGS);

    /** A job that stands in for someone on leave is work ("maternity cover", "замена на время декрета"). */
    static final Pattern LEAVE_COVER =
            Pattern.compile("\\b(cover|replacement|замен\\w*|vertretung)\\b|\\bна время декрет", FLAGS);

    private ResumeLexicon() {}

    static boolean isLeave(String line) {
        return LEAVE.matcher(line).find() && !LEAVE_COVER.matcher(line).find();
    }
}
