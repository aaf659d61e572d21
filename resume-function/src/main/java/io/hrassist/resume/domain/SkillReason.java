package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated.Status;
import jakarta.annotation.Nullable;

/** Why a skill got its status, when the quotes alone do not say it: a list, a denial, a course, a repeated block. */
final class SkillReason {

    private SkillReason() {}

    static @Nullable String of(
            SkillEvidence.Found found, Status status, boolean credential, boolean repeated, Language language) {
        boolean ru = language == Language.RU;
        if (!found.denied().isEmpty()) {
            return ru
                    ? "Резюме говорит, что с этим навыком не работали или только собираются его изучить"
                            + (status == Status.MISSING ? "." : "; засчитано не больше чем частично.")
                    : "The resume says this was not used or is only planned or being learnt"
                            + (status == Status.MISSING ? "." : "; counted as partial at most.");
        }
        if (status == Status.MET) {
            return credential && found.used().isEmpty()
                    ? (ru ? "Указано среди документов и сертификатов." : "Named among the licences and certificates.")
                    : null;
        }
        if (repeated) {
            return ru
                    ? "Только в списке ключевых слов, который повторяет навык снова и снова: не засчитано."
                    : "Only in a keyword list that names it again and again: not counted.";
        }
        if (status == Status.PARTIAL && found.weak().isEmpty()) {
            return ru
                    ? "Только в списке навыков или короткой строке, без строки об опыте работы."
                    : "Only in a skills list or a short line, with no line of work behind it.";
        }
        if (status == Status.PARTIAL) {
            return ru
                    ? "Знание названо базовым или по курсам, не по работе."
                    : "Named as basic knowledge or from a course, not from work.";
        }
        return null;
    }
}
