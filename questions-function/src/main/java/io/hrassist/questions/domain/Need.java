package io.hrassist.questions.domain;

import io.hrassist.events.InterviewQuestionsGenerated.Requirement;
import io.hrassist.events.QuestionType;
import java.util.ArrayList;
import java.util.List;

/**
 * A requirement of the vacancy and the questions that can test it, best first: the bank's questions of its skill, then
 * the templates made about it (all a skill the bank does not know gets).
 */
record Need(Requirement requirement, List<BankQuestion> bank, List<BankQuestion> templates) {

    List<Pick> fromBank(QuestionType type) {
        return picks(bank, type);
    }

    List<Pick> fromTemplates(QuestionType type) {
        return picks(templates, type);
    }

    /** Every question of {@code type} that can test it, the bank's first. */
    List<Pick> all(QuestionType type) {
        var all = new ArrayList<>(fromBank(type));
        all.addAll(fromTemplates(type));
        return all;
    }

    private List<Pick> picks(List<BankQuestion> questions, QuestionType type) {
        return questions.stream()
                .filter(q -> q.type() == type)
                .map(q -> new Pick(q, requirement))
                .toList();
    }
}
