package io.hrassist.jd.domain;

import io.hrassist.events.Language;
import io.hrassist.events.LanguageTexts;

/** Headings and fixed phrases of a job description in the vacancy's language ({@link Texts}). */
record Labels(Language language, LanguageTexts texts) {

    static Labels of(Language language) {
        return new Labels(language, Texts.of(language));
    }

    String about() {
        return texts.get("heading.about");
    }

    String responsibilities() {
        return texts.get("heading.responsibilities");
    }

    String mustHave() {
        return texts.get("heading.must-have");
    }

    String niceToHave() {
        return texts.get("heading.nice-to-have");
    }

    String conditions() {
        return texts.get("heading.conditions");
    }

    String growth() {
        return texts.get("heading.growth");
    }

    String location() {
        return texts.get("condition.location");
    }

    String workFormat() {
        return texts.get("condition.work-format");
    }

    String employment() {
        return texts.get("condition.employment");
    }

    String salary() {
        return texts.get("condition.salary");
    }

    /** "Hands-on experience with …" for a skill. */
    String experienceWith(String skill) {
        return texts.format("requirement.experience-with", skill);
    }

    /** The note on a drafted job description of {@code title}. */
    String draftNote(String title) {
        return texts.format("draft.note", title);
    }

    /** Why a flagged phrase of a title stays in it. */
    String titleKept() {
        return texts.get("title.kept");
    }

    String draftSuggestion() {
        return texts.get("draft.suggestion");
    }

    /** "We are looking for an Electrician …": only English puts an article before the title (grammar, not text). */
    String summaryFor(String title) {
        return texts.format("summary.generic", language == Language.EN ? Article.indefinite(title) : title);
    }
}
