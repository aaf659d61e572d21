package io.hrassist.api.db;

import io.hrassist.api.domain.CandidateNotes;
import io.hrassist.api.domain.Note;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Singleton
class JdbcCandidateNotes implements CandidateNotes {

    private final JdbcOperations jdbc;

    JdbcCandidateNotes(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Note note) {
        jdbc.prepareStatement(
                "INSERT INTO candidate_note (id, candidate_id, author, text, created_at) VALUES (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, note.id());
                    statement.setObject(2, note.candidateId());
                    statement.setString(3, note.author());
                    statement.setString(4, note.text());
                    statement.setTimestamp(5, Timestamp.from(note.createdAt()));
                    return statement.executeUpdate();
                });
    }

    @Override
    public List<Note> of(UUID candidateId) {
        return jdbc.prepareStatement(
                "SELECT id, author, text, created_at FROM candidate_note WHERE candidate_id = ? ORDER BY created_at, id",
                statement -> {
                    statement.setObject(1, candidateId);
                    var notes = new ArrayList<Note>();
                    try (var row = statement.executeQuery()) {
                        while (row.next()) {
                            notes.add(new Note(
                                    row.getObject(1, UUID.class),
                                    candidateId,
                                    row.getString(2),
                                    row.getString(3),
                                    row.getTimestamp(4).toInstant()));
                        }
                    }
                    return notes;
                });
    }
}
