package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hrassist.events.ResumeEvaluated.Contact;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.util.List;

/** Who the resume says the candidate is and how to reach them, kept apart from the evaluation. */
@Introspected
@JsonInclude(JsonInclude.Include.ALWAYS)
record PersonalDataView(
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        List<String> links) {

    static @Nullable PersonalDataView of(@Nullable Contact contact) {
        return contact == null
                ? null
                : new PersonalDataView(contact.name(), contact.email(), contact.phone(), contact.links());
    }
}
