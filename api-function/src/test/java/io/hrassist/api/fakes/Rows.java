package io.hrassist.api.fakes;

import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.events.Language;
import io.hrassist.events.VacancyBrief;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Vacancies, candidates and tasks as the use cases make them, for the contract tests and the domain tests. */
public final class Rows {

    private Rows() {}

    public static Vacancy vacancy(String title, Instant createdAt, String... hiringManagers) {
        return Vacancy.open(
                UUID.randomUUID(), brief(title, List.of("Go")), "alice", createdAt, List.of(hiringManagers));
    }

    public static VacancyBrief brief(String title, List<String> skills) {
        return new VacancyBrief(title, Language.EN, null, null, null, null, skills, List.of(), null);
    }

    /** A new candidate of {@code vacancyId} whose file is {@code content}. */
    public static Candidate candidate(UUID vacancyId, String content, Instant createdAt) {
        return new Candidate(
                UUID.randomUUID(),
                vacancyId,
                "cv-" + content + ".pdf",
                "application/pdf",
                content.length(),
                sha256(content),
                null,
                createdAt,
                null,
                null,
                null,
                Stage.NEW,
                createdAt,
                null);
    }

    public static Task evaluation(Candidate candidate, Instant createdAt) {
        return Task.requested(
                UUID.randomUUID(), TaskKind.RESUME_EVALUATION, candidate.vacancyId(), candidate.id(), createdAt);
    }

    public static Task task(TaskKind kind, UUID vacancyId, Instant createdAt) {
        return Task.requested(UUID.randomUUID(), kind, vacancyId, null, createdAt);
    }

    /** A word no other test's rows contain. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
