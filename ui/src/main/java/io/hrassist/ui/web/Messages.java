package io.hrassist.ui.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** English and Russian texts of the pages, from {@code i18n/messages*.properties}. */
@Factory
class Messages {

    @Singleton
    MessageSource messages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
