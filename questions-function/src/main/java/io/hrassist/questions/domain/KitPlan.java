package io.hrassist.questions.domain;

import io.hrassist.events.QuestionType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The questions chosen so far for a kit: how many of each type are still wanted, and no question twice. */
final class KitPlan {

    private final Map<QuestionType, Integer> left;
    private final Set<String> chosen = new HashSet<>();
    private final Map<QuestionType, List<Pick>> picks = new EnumMap<>(QuestionType.class);

    KitPlan(Map<QuestionType, Integer> quota) {
        this.left = new EnumMap<>(quota);
    }

    boolean wants(QuestionType type) {
        return left.getOrDefault(type, 0) > 0;
    }

    /** Takes the first of {@code candidates} not chosen yet, if the kit wants another of {@code type}. */
    boolean takeFirst(QuestionType type, List<Pick> candidates) {
        for (Pick pick : candidates) {
            if (!wants(type)) {
                return false;
            }
            if (chosen.add(pick.question().id())) {
                picks.computeIfAbsent(type, t -> new ArrayList<>()).add(pick);
                left.merge(type, -1, Integer::sum);
                return true;
            }
        }
        return false;
    }

    /** Takes {@code candidates} in order, skipping those chosen, until the kit has all it wants of {@code type}. */
    void fill(QuestionType type, List<Pick> candidates) {
        for (Pick pick : candidates) {
            if (!wants(type)) {
                return;
            }
            takeFirst(type, List.of(pick));
        }
    }

    /** The chosen questions, type by type in {@code order}, each type in the order chosen. */
    List<Pick> picks(List<QuestionType> order) {
        return order.stream()
                .flatMap(type -> picks.getOrDefault(type, List.of()).stream())
                .toList();
    }
}
