package io.hrassist.resume.domain;

import io.hrassist.events.ResumeEvaluated.Contact;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads who a resume is from and how to reach them out of its visible text, with the patterns {@link PersonalData}
 * removes before a model sees the text: the name line, the first e-mail address and phone number, and the links. The
 * receiver keeps them apart from the evaluation; they never go to a model.
 */
public final class ContactDetails {

    private static final int MAX_NAME = 200;
    private static final int MAX_PHONE = 50;
    private static final int MAX_LINK = 500;
    private static final String TRAILING_PUNCTUATION = "[.,;:)\\]>]+$";

    private ContactDetails() {}

    /** What the visible text says, or null when it names none of it. */
    public static Contact of(String visible) {
        var contact = new Contact(
                PersonalData.name(visible)
                        .map(String::strip)
                        .filter(name -> name.length() <= MAX_NAME)
                        .orElse(null),
                first(PersonalData.EMAIL, visible)
                        .filter(email -> email.length() <= 320)
                        .orElse(null),
                first(PersonalData.PHONE, visible)
                        .filter(phone -> phone.length() <= MAX_PHONE)
                        .orElse(null),
                links(visible));
        return contact.isEmpty() ? null : contact;
    }

    private static Optional<String> first(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group().strip()) : Optional.empty();
    }

    private static List<String> links(String text) {
        return PersonalData.LINK
                .matcher(text)
                .results()
                .map(match -> match.group().replaceAll(TRAILING_PUNCTUATION, ""))
                .filter(link -> !link.isBlank() && link.length() <= MAX_LINK)
                .distinct()
                .limit(Contact.MAX_LINKS)
                .toList();
    }
}
