package com.csdesk.members.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A note on a member: never edited, only added, always signed. */
@Entity
@Table(schema = "members", name = "member_note")
class NoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String text = "";
    private String author = "";
    private Instant at = Instant.EPOCH;

    protected NoteEntity() {
    }

    NoteEntity(String text, String author, Instant at) {
        this.text = text;
        this.author = author;
        this.at = at;
    }

    long id() { return id == null ? 0 : id; }
    String text() { return text; }
    String author() { return author; }
    Instant at() { return at; }
}
