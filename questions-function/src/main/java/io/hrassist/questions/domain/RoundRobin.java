package io.hrassist.questions.domain;

import io.hrassist.events.QuestionType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Takes questions of one type from each skill in turn, so a kit covers all the vacancy's skills. */
final class RoundRobin {

    private RoundRobin() {}

    static List<BankQuestion> interleave(Collection<List<BankQuestion>> bySkill, QuestionType type) {
        List<List<BankQuestion>> lists = bySkill.stream()
                .map(list -> list.stream().filter(q -> q.type() == type).toList())
                .toList();
        var result = new ArrayList<BankQuestion>();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<BankQuestion> list : lists) {
                if (i < list.size()) {
                    result.add(list.get(i));
                }
            }
        }
        return result;
    }
}
