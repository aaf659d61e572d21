package io.hrassist.questions.domain;

import io.hrassist.events.QuestionType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many questions of each requested type: technical weighs double, and a short pool passes its share on. */
final class Quota {

    private Quota() {}

    /** {@code count} split over {@code types}, none given more than its pool holds ({@code available}). */
    static Map<QuestionType, Integer> split(int count, List<QuestionType> types, Map<QuestionType, Integer> available) {
        var quota = new EnumMap<QuestionType, Integer>(QuestionType.class);
        types.forEach(t -> quota.put(t, 0));
        int remaining = count;
        while (remaining > 0) {
            boolean placed = false;
            for (QuestionType type : types) {
                int share = type == QuestionType.TECHNICAL ? 2 : 1;
                for (int i = 0; i < share && remaining > 0; i++) {
                    if (quota.get(type) < available.getOrDefault(type, 0)) {
                        quota.merge(type, 1, Integer::sum);
                        remaining--;
                        placed = true;
                    }
                }
            }
            if (!placed) {
                break;
            }
        }
        return quota;
    }
}
