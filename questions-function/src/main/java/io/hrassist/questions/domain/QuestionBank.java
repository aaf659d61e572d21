package io.hrassist.questions.domain;

import java.util.List;
import java.util.Optional;

/** The curated questions the offline engine draws from. */
public interface QuestionBank {

    /** The bank skill a vacancy skill names (by name or alias), if the bank has it. */
    Optional<String> skillFor(String vacancySkill);

    /** Questions of a bank skill. */
    List<BankQuestion> forSkill(String skill);

    /** The general behavioural and situational questions. */
    List<BankQuestion> general();

    /** Questions about {@value BankQuestion#SKILL}, for any skill the bank does not know (or has too few of). */
    List<BankQuestion> templates();

    /** Follow-ups, red flags and scoring for questions that name none of their own. */
    KitDefaults defaults();
}
