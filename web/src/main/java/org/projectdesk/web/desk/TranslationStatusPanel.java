package org.projectdesk.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.TranslationStatusView;

import java.io.Serializable;

/**
 * The translation status of the entry a desk page shows (WEB-INF/includes/translation-status.xhtml),
 * read once per entry version: a save that changes a text shows its effect at once.
 */
@Named
@ViewScoped
public class TranslationStatusPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EditorialQueries queries;

    private long readFor = -1;
    private long readAt = -1;
    private TranslationStatusView status;

    /** The status of the entry as of the version the page holds. */
    public TranslationStatusView of(long entryId, long entryVersion) {
        if (status == null || readFor != entryId || readAt != entryVersion) {
            status = queries.translationStatus(entryId);
            readFor = entryId;
            readAt = entryVersion;
        }
        return status;
    }
}
