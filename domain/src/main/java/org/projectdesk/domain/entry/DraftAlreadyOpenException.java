package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.DomainException;

/** A new draft cannot be started while another one is open; names who holds it. */
public class DraftAlreadyOpenException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final int revisionNumber;
    private final RevisionState state;
    private final String holder;

    public DraftAlreadyOpenException(Revision openDraft) {
        super("error.workflow.draftAlreadyOpen",
                "Revision {0} is already open ({1}), last edited by {2}: finish or withdraw it before starting another.",
                String.valueOf(openDraft.number()), openDraft.state(), openDraft.lastEditedBy());
        this.revisionNumber = openDraft.number();
        this.state = openDraft.state();
        this.holder = openDraft.lastEditedBy();
    }

    public int revisionNumber() {
        return revisionNumber;
    }

    public RevisionState state() {
        return state;
    }

    /** The username of whoever last edited the open draft. */
    public String holder() {
        return holder;
    }
}
