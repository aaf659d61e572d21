package io.hrassist.resume.domain;

import io.hrassist.events.FlagDetails;
import io.hrassist.events.ResumeEvaluated.Flag;
import io.hrassist.events.ResumeEvaluated.FlagType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Bounds the flags of one evaluation: a document can repeat an attack a thousand times, and every flag beyond a few of
 * a kind tells a recruiter nothing new (the result event takes at most 100).
 */
final class Flags {

    static final int PER_TYPE = 5;

    private Flags() {}

    /** The first {@link #PER_TYPE} - 1 flags of each type, then one that counts the rest of that type. */
    static List<Flag> bounded(List<Flag> flags) {
        Map<FlagType, Integer> counts = new EnumMap<>(FlagType.class);
        flags.forEach(flag -> counts.merge(flag.type(), 1, Integer::sum));
        var kept = new ArrayList<Flag>();
        Map<FlagType, Integer> seen = new EnumMap<>(FlagType.class);
        for (Flag flag : flags) {
            int index = seen.merge(flag.type(), 1, Integer::sum);
            int total = counts.get(flag.type());
            if (total <= PER_TYPE || index < PER_TYPE) {
                kept.add(flag);
            } else if (index == PER_TYPE) {
                kept.add(new Flag(flag.type(), FlagDetails.more(total - PER_TYPE + 1), null));
            }
        }
        return kept;
    }
}
