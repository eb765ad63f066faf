package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.notify.Inbox;
import org.projectdesk.persistence.notify.Notice;
import org.projectdesk.persistence.notify.NoticeKind;
import org.projectdesk.persistence.notify.NoAccountException;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backs {@code /desk/notices}: the signed-in person's notifications, newest first (unread ones marked),
 * and their mail settings: the address, and which kinds come by e-mail.
 */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Inbox inbox;

    @Inject
    private DeskSteps steps;

    @Inject
    private DeskMessages messages;

    private List<Notice> notices;
    private String email;
    private NoticeKind[] mailed;
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        notices = inbox.recent();
        email = inbox.email().orElse(null);
        Set<NoticeKind> off = inbox.mailSwitchedOff();
        mailed = Arrays.stream(NoticeKind.values()).filter(kind -> !off.contains(kind)).toArray(NoticeKind[]::new);
    }

    public void markAllRead() {
        steps.of(inbox::markAllRead).run(done -> steps.redirect("/desk/notices", "desk.notices.allRead"));
    }

    public void saveSettings() {
        problems.clear();
        Set<NoticeKind> off = EnumSet.allOf(NoticeKind.class);
        off.removeAll(Arrays.asList(mailed));
        steps.of(() -> inbox.changeMailSettings(email, off))
                .onRefusal(InvalidValueException.class, refusal -> problems.put(refusal.field(), messages.text(refusal)))
                .onRefusal(NoAccountException.class, refusal -> problems.put("email", messages.text(refusal)))
                .run(done -> steps.redirect("/desk/notices", "desk.notices.saved"));
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public List<Notice> getNotices() {
        return notices;
    }

    public NoticeKind[] getKinds() {
        return NoticeKind.values();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public NoticeKind[] getMailed() {
        return mailed.clone();
    }

    public void setMailed(NoticeKind[] mailed) {
        this.mailed = mailed == null ? new NoticeKind[0] : mailed.clone();
    }
}
