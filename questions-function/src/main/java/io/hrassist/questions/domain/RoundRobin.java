package io.hrassist.questions.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Takes one from each list in turn, so a kit covers all the vacancy's requirements before any gets a second turn. */
final class RoundRobin {

    private RoundRobin() {}

    static <T> List<T> interleave(Collection<List<T>> lists) {
        var result = new ArrayList<T>();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<T> list : lists) {
                if (i < list.size()) {
                    result.add(list.get(i));
                }
            }
        }
        return result;
    }
}
