package org.projectdesk.domain.entry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.reference.Organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One numbered version (1, 2, 3 …) of an entry's content and where it stands in the workflow.
 * Part of the {@link ProjectEntry} aggregate: it changes only through the entry's methods.
 */
@Entity
@Table(name = "revision", uniqueConstraints = @UniqueConstraint(name = "uk_revision_entry_number",
        columnNames = {"entry_id", "revision_number"}))
public class Revision implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_USERNAME_LENGTH = Actor.MAX_USERNAME_LENGTH;
    public static final int MAX_COMMENT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private ProjectEntry entry;

    @Column(name = "revision_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private RevisionState state;

    @Embedded
    private ProjectContent content;

    @Column(name = "created_by", length = MAX_USERNAME_LENGTH, nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_edited_by", length = MAX_USERNAME_LENGTH, nullable = false)
    private String lastEditedBy;

    @Column(name = "last_edited_at", nullable = false)
    private Instant lastEditedAt;

    @Column(name = "submitted_by", length = MAX_USERNAME_LENGTH)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_by", length = MAX_USERNAME_LENGTH)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "review_comment", length = MAX_COMMENT_LENGTH)
    private String reviewComment;

    @Column(name = "based_on_number")
    private Integer basedOn;

    /** When each translated field last changed in each language (see {@link #translationStatus()}). */
    @ElementCollection
    @CollectionTable(name = "revision_text_stamp", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    private Set<TextStamp> textStamps = new HashSet<>();

    /** The languages with an outdated field, kept with every change so that the desk can filter by them. */
    @ElementCollection
    @CollectionTable(name = "revision_outdated_language", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2, nullable = false)
    private Set<Language> outdatedLanguages = EnumSet.noneOf(Language.class);

    protected Revision() {
        // for Jakarta Persistence
    }

    Revision(ProjectEntry entry, int number, RevisionState state, ProjectContent content, Actor by, Instant at,
             Integer basedOn) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.number = number;
        this.state = Objects.requireNonNull(state, "state");
        this.content = Objects.requireNonNull(content, "content").copy();
        this.createdBy = by.username();
        this.createdAt = Objects.requireNonNull(at, "at");
        this.lastEditedBy = by.username();
        this.lastEditedAt = at;
        this.basedOn = basedOn;
        stampChanges(null, this.content, at);
    }

    // --- changes, made only by the entry ---

    void replaceContent(ProjectContent newContent, Actor by, Instant at) {
        ProjectContent before = this.content;
        this.content = newContent.copy();
        stampChanges(before, this.content, at);
        this.lastEditedBy = by.username();
        this.lastEditedAt = at;
    }

    /** A copy of another revision's content keeps the moments its texts last changed. */
    void continueTextStampsOf(Revision source) {
        textStamps.clear();
        textStamps.addAll(source.textStamps);
        outdatedLanguages.clear();
        outdatedLanguages.addAll(translationStatus().outdatedLanguages());
    }

    /**
     * Stamps every translated field whose text in a language differs from before (every written one
     * when new); a text that is gone loses its stamp.
     */
    private void stampChanges(ProjectContent before, ProjectContent after, Instant at) {
        for (ContentField field : ContentField.values()) {
            if (!field.translated()) {
                continue;
            }
            for (Language language : Language.values()) {
                List<String> now = field.translationIn(after, language);
                if (before == null || !field.translationIn(before, language).equals(now)) {
                    textStamps.removeIf(stamp -> stamp.isFor(field, language));
                    if (now.stream().anyMatch(Objects::nonNull)) {
                        textStamps.add(new TextStamp(field, language, at));
                    }
                }
            }
        }
        outdatedLanguages.clear();
        outdatedLanguages.addAll(translationStatus().outdatedLanguages());
    }

    /** Reference-data housekeeping, not an edit: who edited the revision last stays as it was. */
    void organisationMerged(Organisation from, Organisation into) {
        if (content.names(from)) {
            this.content = content.withOrganisationMerged(from, into);
        }
    }

    void moveTo(RevisionState newState) {
        this.state = newState;
    }

    void markSubmitted(Actor by, Instant at) {
        this.submittedBy = by.username();
        this.submittedAt = at;
    }

    void clearSubmission() {
        this.submittedBy = null;
        this.submittedAt = null;
    }

    void markPublished(Actor by, Instant at) {
        this.publishedBy = by.username();
        this.publishedAt = at;
    }

    void recordReviewComment(String comment) {
        this.reviewComment = comment;
    }

    // --- queries ---

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** The entry this revision belongs to. */
    public ProjectEntry entry() {
        return entry;
    }

    /** 1 for the first revision of an entry, then 2, 3 … */
    public int number() {
        return number;
    }

    public RevisionState state() {
        return state;
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public boolean isPublished() {
        return state == RevisionState.PUBLISHED;
    }

    public ProjectContent content() {
        return content;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Who last changed the content (at creation: its creator); may not approve it. */
    public String lastEditedBy() {
        return lastEditedBy;
    }

    public Instant lastEditedAt() {
        return lastEditedAt;
    }

    /** Who submitted it for review; empty unless it is (or was, when approved) submitted. May not approve it. */
    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /** Who first published it (a reviewer, or the importer). */
    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** Whether it has ever been published (an ARCHIVED revision may or may not have been). */
    public boolean wasEverPublished() {
        return publishedAt != null;
    }

    /**
     * The last comment a reviewer gave on this revision, shown to the editors: why it was sent back,
     * or what they said when approving it (empty if they said nothing).
     */
    public Optional<String> reviewComment() {
        return Optional.ofNullable(reviewComment);
    }

    /** The number of the revision whose content this one started from (forward revision or restore). */
    public OptionalInt basedOn() {
        return basedOn == null ? OptionalInt.empty() : OptionalInt.of(basedOn);
    }

    /** Per translated field and language: missing, up to date or outdated against the English text. */
    public TranslationStatus translationStatus() {
        return TranslationStatus.of(content, textStamps, createdAt);
    }

    /** The languages in which some field's translation is outdated. */
    public Set<Language> outdatedLanguages() {
        return Collections.unmodifiableSet(outdatedLanguages);
    }

    @Override
    public String toString() {
        return "revision " + number + " (" + state + ")";
    }
}
