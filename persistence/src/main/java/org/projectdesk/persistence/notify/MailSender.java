package org.projectdesk.persistence.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.projectdesk.domain.shared.LogText;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends the outbox: right after a transaction that queued mail commits, and every
 * {@code projectdesk.mail.retry.seconds} (30) for what failed before (with back-off, see
 * {@link OutgoingMail}). Uses the server's mail session {@code java:jboss/mail/ProjectDesk} (host, port,
 * sender and credentials are server properties, see configure-server.cli). With
 * {@code projectdesk.mail.enabled=false} (the demo run's default) nothing is sent: each mail is written
 * to the server log instead and kept in the outbox as KEPT.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/ProjectDesk")
    Session session;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "projectdesk.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "projectdesk.mail.retry.seconds", defaultValue = "30")
    long retrySeconds;

    /**
     * The SMTP account, when the mail server asks for one (server properties, read here rather than in
     * the mail session, whose user name may not be empty: a server without one must still start).
     */
    @Inject
    @ConfigProperty(name = "projectdesk.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "projectdesk.mail.password")
    Optional<String> password;

    @PostConstruct
    void start() {
        long interval = Math.max(1, retrySeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail outbox", false));
        LOG.info(() -> enabled ? "Mail is sent through java:jboss/mail/ProjectDesk"
                : "Mail sending is off (projectdesk.mail.enabled=false): mails are written to this log and kept in the outbox");
    }

    @Timeout
    void retry() {
        sendDue();
    }

    /** Mail was queued by a transaction that has now committed: send it at once, off the request's thread. */
    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        executor.submit(this::sendDue);
    }

    /** Sends every mail that is due; a failure is recorded on that mail and logged, and the others go on. */
    public void sendDue() {
        for (OutgoingMail mail : outbox.claimDue()) {
            if (!enabled) {
                LOG.info(() -> "Mail kept (sending is off) to " + mail.recipient() + " <" + mail.address() + ">: "
                        + mail.subject() + "\n" + mail.body());
                outbox.delivered(mail.id(), OutgoingMail.Delivery.KEPT);
                continue;
            }
            try {
                send(message(mail));
                outbox.delivered(mail.id(), OutgoingMail.Delivery.SENT);
                LOG.fine(() -> "Mail sent to " + mail.address() + ": " + mail.subject());
            } catch (MessagingException | RuntimeException e) {
                outbox.failed(mail.id(), e.toString());
                LOG.warning(() -> "Mail to " + LogText.of(mail.address()) + " failed (attempt " + (mail.attempts() + 1)
                        + "), will be tried again: " + e);
            }
        }
    }

    /** Sends through the mail session, signing in to the SMTP server when an account is configured. */
    private void send(Message message) throws MessagingException {
        Optional<String> account = user.filter(name -> !name.isBlank());
        if (account.isPresent()) {
            Transport.send(message, account.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.address()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", mail.language().tag());
        message.saveChanges();
        return message;
    }
}
