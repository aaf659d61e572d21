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
    private final Set<String> templates = new HashSet<>();
    private final Map<QuestionType, List<Pick>> picks = new EnumMap<>(QuestionType.class);

    KitPlan(Map<QuestionType, Integer> quota) {
        this.left = new EnumMap<>(quota);
    }

    boolean wants(QuestionType type) {
        return left.getOrDefault(type, 0) > 0;
    }

    /**
     * Takes the first of {@code candidates} not chosen yet, if the kit wants another of {@code type}; a template the
     * kit already asks about another skill comes only after every other, so that two skills are not asked alike.
     */
    boolean takeFirst(QuestionType type, List<Pick> candidates) {
        if (!wants(type)) {
            return false;
        }
        Pick pick = first(candidates, true);
        pick = pick != null ? pick : first(candidates, false);
        if (pick == null) {
            return false;
        }
        chosen.add(pick.question().id());
        templates.add(template(pick));
        picks.computeIfAbsent(type, t -> new ArrayList<>()).add(pick);
        left.merge(type, -1, Integer::sum);
        return true;
    }

    private Pick first(List<Pick> candidates, boolean freshTemplate) {
        for (Pick pick : candidates) {
            if (!chosen.contains(pick.question().id()) && (!freshTemplate || !templates.contains(template(pick)))) {
                return pick;
            }
        }
        return null;
    }

    /** The template a question was made from (its id up to the skill), or the question's own id. */
    private static String template(Pick pick) {
        String id = pick.question().id();
        int skill = id.indexOf(':');
        return skill < 0 ? id : id.substring(0, skill);
    }

    /** Takes from {@code candidates}, best first as {@link #takeFirst} does, until the kit has all it wants of {@code type}. */
    void fill(QuestionType type, List<Pick> candidates) {
        while (takeFirst(type, candidates)) {
            // each turn takes one
        }
    }

    /** The chosen questions, type by type in {@code order}, each type in the order chosen. */
    List<Pick> picks(List<QuestionType> order) {
        return order.stream()
                .flatMap(type -> picks.getOrDefault(type, List.of()).stream())
                .toList();
    }
}
