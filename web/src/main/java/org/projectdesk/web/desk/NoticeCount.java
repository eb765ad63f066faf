package org.projectdesk.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.persistence.notify.Inbox;

/** The signed-in person's unread notifications, for the desk header (counted once per request). */
@Named
@RequestScoped
public class NoticeCount {

    @Inject
    private Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unreadCount();
        }
        return unread;
    }
}
