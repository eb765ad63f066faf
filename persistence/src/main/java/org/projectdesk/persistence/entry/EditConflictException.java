package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.FieldChange;
import org.projectdesk.domain.shared.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Someone else changed the entry after this person loaded it: their save (or step) is refused and
 * nothing is overwritten. Says who changed it and when, and, for a save, what the stored draft now
 * says compared with what this person tried to save ({@link #changes()}: before = the attempt,
 * after = what is stored), so the form can keep their input and show the difference.
 */
public class EditConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;
    private final List<FieldChange> changes;

    EditConflictException(String changedBy, Instant changedAt, long currentVersion, List<FieldChange> changes) {
        super("error.entry.conflict",
                "{0} changed this entry meanwhile; nothing was overwritten. Compare, then save again to keep your version.",
                changedBy);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    /** For a change that happened at the very same moment, when there is nothing to compare with. */
    public static EditConflictException simultaneous() {
        return new EditConflictException("someone", null, -1, List.of());
    }

    public String changedBy() {
        return changedBy;
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    /** The version now stored; saving again with it keeps the attempted content. -1 if unknown. */
    public long currentVersion() {
        return currentVersion;
    }

    public List<FieldChange> changes() {
        return changes;
    }
}
