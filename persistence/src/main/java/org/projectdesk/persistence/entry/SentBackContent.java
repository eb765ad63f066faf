package org.projectdesk.persistence.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The content of a revision as it was when a reviewer sent it back, kept so that the review page
 * can show what changed since. Written once, never changed; the content is the export's JSON
 * ({@code EntryJsonWriter}), read back with the import's reader ({@link SentBackContents}).
 */
@Entity
@Table(name = "sent_back_content")
public class SentBackContent {

    /** The column's length; a larger content is not kept (the page then says so). */
    static final int MAX_JSON_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sent_back_content_seq")
    @SequenceGenerator(name = "sent_back_content_seq", sequenceName = "sent_back_content_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Column(name = "sent_back_by", length = 100, nullable = false)
    private String sentBackBy;

    @Column(name = "sent_back_at", nullable = false)
    private Instant sentBackAt;

    @Column(name = "content_json", length = MAX_JSON_LENGTH, nullable = false)
    private String contentJson;

    protected SentBackContent() {
        // for Jakarta Persistence
    }

    SentBackContent(long entryId, int revisionNumber, String sentBackBy, Instant sentBackAt, String contentJson) {
        this.entryId = entryId;
        this.revisionNumber = revisionNumber;
        this.sentBackBy = sentBackBy;
        this.sentBackAt = sentBackAt;
        this.contentJson = contentJson;
    }

    String sentBackBy() {
        return sentBackBy;
    }

    Instant sentBackAt() {
        return sentBackAt;
    }

    String contentJson() {
        return contentJson;
    }
}
