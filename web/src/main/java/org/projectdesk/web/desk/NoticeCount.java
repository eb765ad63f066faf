package org.projectdesk.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.persistence.notify.Inbox;
import org.projectdesk.persistence.storage.StorageFailure;

/** The signed-in person's unread notifications, for the desk header (counted once per request). */
@Named
@RequestScoped
public class NoticeCount {

    @Inject
    private Inbox inbox;

    private String unread;

    /**
     * The count as the header shows it; nothing while the database is away, so that a desk page
     * refused during an outage still comes back with what was typed and its message.
     */
    public String getUnread() {
        if (unread == null) {
            try {
                unread = String.valueOf(inbox.unreadCount());
            } catch (RuntimeException e) {
                if (StorageFailure.of(e).isEmpty()) {
                    throw e;
                }
                unread = "";
            }
        }
        return unread;
    }
}
