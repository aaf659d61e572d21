package io.hrassist.ui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One candidate as a person: name and contact, stage and the decisions that led there, notes, the evaluation. */
@Introspected
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateDetail(
        UUID id,
        UUID vacancyId,
        String name,
        @Nullable Contact personalData,
        String fileName,
        String stage,
        @Nullable UUID evaluationTaskId,
        @Nullable String evaluationStatus,
        @Nullable Integer score,
        @Nullable JsonNode evaluation,
        @Nullable List<StageChange> stageHistory,
        @Nullable List<Note> notes) {

    public CandidateDetail {
        stageHistory = stageHistory == null ? List.of() : List.copyOf(stageHistory);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** How to reach the candidate, as read from the resume. */
    @Introspected
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable List<String> links) {

        public Contact {
            links = links == null ? List.of() : List.copyOf(links);
        }

        public boolean empty() {
            return email == null && phone == null && links.isEmpty();
        }
    }

    /** One decision: who moved the candidate from where to where, when and why. */
    @Introspected
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StageChange(
            @Nullable String from, String to, @Nullable String reason, String changedBy, Instant changedAt) {

        public String time() {
            return Times.shown(changedAt);
        }
    }

    /** A note of the hiring team. */
    @Introspected
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Note(UUID id, String author, String text, Instant createdAt) {

        public String time() {
            return Times.shown(createdAt);
        }
    }
}
