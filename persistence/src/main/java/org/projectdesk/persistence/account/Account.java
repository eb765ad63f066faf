package org.projectdesk.persistence.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to the desk: a username (lower case, the name recorded in the workflow
 * history), a display name, a PBKDF2 password hash, roles, whether it may sign in, and the state of
 * sign-in throttling (see {@link SignInPolicy}).
 */
@Entity
@Table(name = "user_account")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "username", length = Actor.MAX_USERNAME_LENGTH, nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", length = MAX_DISPLAY_NAME_LENGTH, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = 500, nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id", nullable = false))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    /** The language the person chose for the desk and for what the application writes to them. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2)
    private Language language;

    /** Where notifications are mailed; none until the person (or an administrator) gives one. */
    @Column(name = "email", length = MAX_EMAIL_LENGTH)
    private String email;

    protected Account() {
        // for Jakarta Persistence
    }

    private Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant at) {
        this.username = checkedUsername(username);
        rename(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        changeRoles(roles);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** A new, enabled account; the hash comes from {@code Pbkdf2PasswordHash}. */
    public static Account open(String username, String displayName, String passwordHash, Set<Role> roles, Instant at) {
        return new Account(username, displayName, passwordHash, roles, at);
    }

    /** The form usernames are kept in: trimmed, lower case. */
    public static String normalizedUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String checkedUsername(String username) {
        String normalized = normalizedUsername(username);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new InvalidValueException("username", "error.account.usernameInvalid",
                    "A username has 2 to 50 characters: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.");
        }
        return normalized;
    }

    /** The person chooses the language the desk speaks to them, and mail and notices are written in. */
    public void preferLanguage(Language chosen) {
        this.language = Objects.requireNonNull(chosen, "chosen");
    }

    /** The language the person chose, if they chose one (else the browser's, then English). */
    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    /** Sets (or, with a blank one, removes) the address notifications are mailed to. */
    public void useEmail(String address) {
        if (address == null || address.isBlank()) {
            this.email = null;
            return;
        }
        String stripped = address.strip();
        if (stripped.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(stripped).matches()) {
            throw new InvalidValueException("email", "error.account.emailInvalid",
                    "An e-mail address looks like name@example.org.");
        }
        this.email = stripped;
    }

    /** The address notifications are mailed to, if the person gave one. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    // --- administration ---

    public void rename(String newDisplayName) {
        String name = newDisplayName == null ? "" : newDisplayName.strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new InvalidValueException("displayName", "error.account.displayNameInvalid",
                    "Give a display name of at most {0} characters.", MAX_DISPLAY_NAME_LENGTH);
        }
        this.displayName = name;
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        if (newRoles != null) {
            roles.addAll(newRoles);
        }
    }

    void disable() {
        enabled = false;
    }

    /**
     * Ends every session signed in before that moment (on its next desk request, on whichever
     * server it lives): after the account was disabled, its roles changed or its password reset.
     */
    void endSessionsBefore(Instant at) {
        sessionsValidAfter = Objects.requireNonNull(at, "at");
    }

    /** Whether a session signed in at that moment may go on: the account is enabled and nothing ended it since. */
    public boolean acceptsSessionSignedInAt(Instant signedInAt) {
        return enabled && signedInAt != null && (sessionsValidAfter == null || !signedInAt.isBefore(sessionsValidAfter));
    }

    /** Enables the account and lifts a lock. */
    void enable() {
        enabled = true;
        clearFailures();
    }

    /** A new password hash; lifts a lock, so a locked-out person can be helped by an admin. */
    void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        clearFailures();
    }

    // --- signing in ---

    /** Whether sign-ins are refused at that moment because of too many failures. */
    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in at that moment; returns true if this failure locks the account (the
     * {@value SignInPolicy#ACCOUNT_MAX_FAILURES}th within {@link SignInPolicy#WINDOW}).
     */
    public boolean recordFailure(Instant at) {
        if (firstFailureAt == null || !at.isBefore(firstFailureAt.plus(SignInPolicy.WINDOW))) {
            firstFailureAt = at;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= SignInPolicy.ACCOUNT_MAX_FAILURES) {
            lockedUntil = at.plus(SignInPolicy.ACCOUNT_LOCK);
            firstFailureAt = null;
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess(Instant at) {
        lastSignInAt = at;
        clearFailures();
    }

    private void clearFailures() {
        failedAttempts = 0;
        firstFailureAt = null;
        lockedUntil = null;
    }

    // --- queries ---

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** An enabled account holding the ADMIN role. */
    public boolean isActiveAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<Instant> lastSignInAt() {
        return Optional.ofNullable(lastSignInAt);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
