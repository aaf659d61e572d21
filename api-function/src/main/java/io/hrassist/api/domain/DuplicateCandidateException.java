package io.hrassist.api.domain;

import java.util.UUID;

/** The vacancy already has a candidate with the same file (same SHA-256); answered with 409 naming that candidate. */
public class DuplicateCandidateException extends RuntimeException {

    private final UUID existing;

    public DuplicateCandidateException(UUID existing) {
        super("This file was already uploaded to the vacancy as candidate " + existing + ".");
        this.existing = existing;
    }

    /** The candidate that already holds the same file. */
    public UUID existing() {
        return existing;
    }
}
