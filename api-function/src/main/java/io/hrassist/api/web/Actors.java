package io.hrassist.api.web;

import io.hrassist.api.domain.Actor;
import io.micronaut.security.authentication.Authentication;

/** The {@link Actor} of a request's authentication. */
final class Actors {

    private Actors() {}

    static Actor of(Authentication authentication) {
        return Actor.of(authentication.getName(), authentication.getRoles());
    }
}
