package io.hrassist.api.domain;

/** A candidate's uploaded file as it came: its name, its media type (decided by its content) and its bytes. */
public record CandidateDocument(String fileName, String mediaType, byte[] content) {}
