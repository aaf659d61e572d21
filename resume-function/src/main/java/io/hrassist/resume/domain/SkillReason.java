package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import io.hrassist.events.LanguageTexts;
import io.hrassist.events.ResumeEvaluated.Status;
import jakarta.annotation.Nullable;

/** Why a skill got its status, when the quotes alone do not say it: a list, a denial, a course, a repeated block. */
final class SkillReason {

    private SkillReason() {}

    static @Nullable String of(
            SkillEvidence.Found found, Status status, boolean credential, boolean repeated, Language language) {
        LanguageTexts texts = Texts.of(language);
        if (!found.denied().isEmpty()) {
            return texts.get(status == Status.MISSING ? "skill.denied.missing" : "skill.denied.partial");
        }
        if (status == Status.MET) {
            return credential && found.used().isEmpty() ? texts.get("skill.credential") : null;
        }
        if (repeated) {
            return texts.get("skill.repeated");
        }
        if (status == Status.PARTIAL && found.weak().isEmpty()) {
            return texts.get("skill.listed");
        }
        if (status == Status.PARTIAL) {
            return texts.get("skill.basic");
        }
        return null;
    }
}
