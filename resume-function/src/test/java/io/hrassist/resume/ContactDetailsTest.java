package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.ResumeEvaluated.Contact;
import io.hrassist.resume.domain.ContactDetails;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    void readsNameEmailPhoneAndLinksFromTheVisibleText() {
        Contact contact = ContactDetails.of("""
                Ada Lovelace
                ada.lovelace@example.org | +44 20 7946 0018 | https://github.com/ada.
                Portfolio: www.ada.dev; linkedin.com/in/ada-lovelace
                Senior Java developer, 2015 - 2024
                """);

        assertThat(contact.name()).isEqualTo("Ada Lovelace");
        assertThat(contact.email()).isEqualTo("ada.lovelace@example.org");
        assertThat(contact.phone()).isEqualTo("+44 20 7946 0018");
        assertThat(contact.links())
                .containsExactly("https://github.com/ada", "www.ada.dev", "linkedin.com/in/ada-lovelace");
    }

    @Test
    void readsRussianResumesToo() {
        Contact contact = ContactDetails.of("Ольга Петрова\nТелефон: 8 (912) 345-67-89\nolga@example.ru\n");

        assertThat(contact.name()).isEqualTo("Ольга Петрова");
        assertThat(contact.phone()).isEqualTo("8 (912) 345-67-89");
        assertThat(contact.email()).isEqualTo("olga@example.ru");
    }

    @Test
    void aTitleIsNoNameAndNothingFoundIsNull() {
        Contact contact = ContactDetails.of("Senior Backend Engineer\nmail: dev@example.com\n");

        assertThat(contact.name()).isNull();
        assertThat(contact.email()).isEqualTo("dev@example.com");
        assertThat(ContactDetails.of("Java, Kafka and PostgreSQL since 2015")).isNull();
    }
}
