package io.hrassist.api.web;

import io.hrassist.events.ProtectedTraits;
import java.util.List;

/** A vacancy whose skills name protected traits: each skill refused, with its field and the trait it names. */
class ProtectedTraitsException extends RuntimeException {

    private final List<Refused> refused;

    ProtectedTraitsException(List<Refused> refused) {
        super(detail(refused));
        this.refused = List.copyOf(refused);
    }

    List<Refused> refused() {
        return refused;
    }

    /** A skill of {@code field} ({@code mustHaveSkills} or {@code niceToHaveSkills}) that names a protected trait. */
    record Refused(String field, ProtectedTraits.Finding finding) {}

    private static String detail(List<Refused> refused) {
        var detail = new StringBuilder();
        for (Refused r : refused) {
            detail.append(r.field()).append(": ").append(r.finding().reason()).append(' ');
        }
        return detail.append(refused.size() == 1 ? "Remove it from the vacancy." : "Remove them from the vacancy.")
                .toString();
    }
}
