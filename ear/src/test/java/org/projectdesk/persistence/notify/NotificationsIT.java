package org.projectdesk.persistence.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryFixtures;
import org.projectdesk.persistence.review.ReviewThreads;
import org.projectdesk.persistence.time.ClockProducer;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.TestAccounts;

import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every notification, through a real SMTP server (GreenMail, started in the test server on the port
 * the server's mail session uses): who gets it, the subject in the recipient's language, the link to
 * the desk; the in-app notice that always comes; the per-kind switch; and a mail server that is away
 * loses nothing (the step commits, the mail goes out once the server is back).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class NotificationsIT {

    /** Long enough for a mail sent after commit to arrive; a wait, never an assertion on speed. */
    private static final long MAIL_WAIT_MILLIS = 60_000;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Callers.deployment(NotificationsIT.class, EntryFixtures.class, TestAccounts.class);
        ear.addAsLibrary(ShrinkWrap.create(ZipImporter.class, "greenmail.jar").importFrom(jarOf(GreenMail.class))
                .as(JavaArchive.class));
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    Callers callers;

    @Inject
    EntryFixtures fixtures;

    @Inject
    EditorialService editorial;

    @Inject
    TestAccounts testAccounts;

    @Inject
    Inbox inbox;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSender sender;

    @Inject
    ReviewThreads reviewThreads;

    private GreenMail smtp;
    private String reviewerAddress;
    private String authorAddress;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("projectdesk.mail.port"), "127.0.0.1", "smtp"));
        smtp.setUser("desk", "desk-mail");
        smtp.start();
        reviewerAddress = testAccounts.account(Caller.REVIEWER, Role.REVIEWER, Language.FR);
        authorAddress = testAccounts.account(Caller.AUTHOR, Role.EDITOR, Language.RU);
        callers.as(Caller.AUTHOR, () -> inbox.changeMailSettings(authorAddress, Set.of()));
    }

    @AfterEach
    void stopMailServer() {
        System.clearProperty(ClockProducer.OFFSET_PROPERTY);
        smtp.stop();
    }

    @Test
    void aSubmissionIsMailedToTheReviewersInTheirLanguageWithTheReviewLink() throws Exception {
        long id = fixtures.inReview();
        MimeMessage mail = onlyMailTo(reviewerAddress);
        assertTrue(mail.getSubject().startsWith("En attente de votre relecture : Workflow test entry"), mail.getSubject());
        assertEquals("fr", mail.getHeader("Content-Language", null));
        assertTrue(body(mail).contains("/desk/review?id=" + id), body(mail));
        assertTrue(callers.get(Caller.REVIEWER, () -> inbox.recent()).stream()
                .anyMatch(n -> n.kind() == NoticeKind.SUBMITTED && n.entrySlug().startsWith("it-entry-") && !n.isRead()));
        assertTrue(callers.get(Caller.REVIEWER, () -> inbox.unreadCount()) > 0);
        assertTrue(mailsTo(authorAddress).isEmpty(), "the submitter is not told of their own step");
    }

    @Test
    void requestedChangesAreMailedToTheEditorsInTheirLanguage() throws Exception {
        long id = fixtures.inReview();
        callers.get(Caller.REVIEWER, () -> editorial.requestChanges(id, fixtures.version(id), "Please name the donors."));
        MimeMessage mail = onlyMailTo(authorAddress);
        assertTrue(mail.getSubject().startsWith("Запрошены изменения: "), mail.getSubject());
        assertEquals("ru", mail.getHeader("Content-Language", null));
        assertTrue(body(mail).contains("/desk/history?id=" + id), body(mail));
    }

    @Test
    void approvalAndUnpublicationAreMailedToTheEditors() throws Exception {
        long id = fixtures.published();
        assertTrue(onlyMailTo(authorAddress).getSubject().startsWith("Одобрено и опубликовано: "));
        callers.get(Caller.REVIEWER, () -> editorial.unpublish(id, fixtures.version(id), null));
        smtp.waitForIncomingEmail(MAIL_WAIT_MILLIS, 3);
        List<MimeMessage> toAuthor = mailsTo(authorAddress);
        assertEquals(2, toAuthor.size());
        assertTrue(toAuthor.get(1).getSubject().startsWith("Снято с публикации: "), toAuthor.get(1).getSubject());
        assertEquals(Set.of(NoticeKind.APPROVED, NoticeKind.UNPUBLISHED), Set.copyOf(callers.get(Caller.AUTHOR,
                () -> inbox.recent()).stream().filter(n -> n.entrySlug().equals(slugOf(id))).map(Notice::kind).toList()));
    }

    @Test
    void aCommentIsMailedToTheEditorsOfTheRevision() throws Exception {
        long id = fixtures.inReview();
        // through the comment threads, as the review screen writes a comment: their event reaches the notifications
        callers.get(Caller.REVIEWER, () -> reviewThreads.open(id, "donors", "Which donors pay for the training?"));
        assertTrue(onlyMailTo(authorAddress).getSubject().startsWith("Новый комментарий: "));
    }

    @Test
    void aKindSwitchedOffSendsNoMailButStillTheNotice() throws Exception {
        callers.as(Caller.AUTHOR, () -> inbox.changeMailSettings(authorAddress, EnumSet.of(NoticeKind.APPROVED)));
        long id = fixtures.published();
        callers.get(Caller.REVIEWER, () -> editorial.unpublish(id, fixtures.version(id), null));
        smtp.waitForIncomingEmail(MAIL_WAIT_MILLIS, 2);
        List<MimeMessage> toAuthor = mailsTo(authorAddress);
        assertEquals(1, toAuthor.size(), "only the unpublication is mailed");
        assertTrue(toAuthor.get(0).getSubject().startsWith("Снято с публикации: "));
        assertTrue(callers.get(Caller.AUTHOR, () -> inbox.recent()).stream()
                .anyMatch(n -> n.kind() == NoticeKind.APPROVED && n.entrySlug().equals(slugOf(id))));
        assertEquals(Set.of(NoticeKind.APPROVED), callers.get(Caller.AUTHOR, () -> inbox.mailSwitchedOff()));
    }

    @Test
    void aBrokenMailServerLosesNoStepAndNoMail() throws Exception {
        smtp.stop();
        long id = fixtures.inReview();
        // the step committed and its notice is there, whatever the mail server does
        assertTrue(callers.get(Caller.REVIEWER, () -> inbox.recent()).stream()
                .anyMatch(n -> n.entrySlug().equals(slugOf(id))));
        sender.sendDue();
        List<OutgoingMail> waiting = outbox.to(reviewerAddress);
        for (int round = 0; round < 60 && (waiting.isEmpty() || waiting.get(0).attempts() == 0); round++) {
            Thread.sleep(500);   // the send after commit may still be trying
            waiting = outbox.to(reviewerAddress);
        }
        assertEquals(1, waiting.size());
        assertEquals(OutgoingMail.Delivery.PENDING, waiting.get(0).delivery());
        assertTrue(waiting.get(0).attempts() >= 1, "the failed attempt is recorded");
        assertTrue(waiting.get(0).lastError().isPresent());

        smtp = new GreenMail(new ServerSetup(Integer.getInteger("projectdesk.mail.port"), "127.0.0.1", "smtp"));
        smtp.setUser("desk", "desk-mail");
        smtp.start();
        System.setProperty(ClockProducer.OFFSET_PROPERTY, "PT2H");   // past the back-off
        sender.sendDue();
        assertTrue(onlyMailTo(reviewerAddress).getSubject().startsWith("En attente de votre relecture"));
        assertEquals(OutgoingMail.Delivery.SENT, outbox.to(reviewerAddress).get(0).delivery());
    }

    private String slugOf(long id) {
        return fixtures.slug(id);
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        smtp.waitForIncomingEmail(MAIL_WAIT_MILLIS, 1);
        List<MimeMessage> mails = mailsTo(address);
        for (int round = 0; mails.isEmpty() && round < 60; round++) {
            smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
            mails = mailsTo(address);
        }
        assertEquals(1, mails.size(), "mails to " + address);
        return mails.get(0);
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }
}
