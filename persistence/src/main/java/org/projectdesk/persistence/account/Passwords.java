package org.projectdesk.persistence.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Password hashing through Jakarta Security's {@link Pbkdf2PasswordHash} (PBKDF2 with HMAC-SHA512,
 * 210,000 iterations, 32-byte salt, as OWASP recommends), and generation of random passwords.
 */
@ApplicationScoped
public class Passwords {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");
    private static final int GENERATED_BYTES = 18;

    private final SecureRandom random = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    /** Compared against when a username is unknown, so that the answer takes as long as for a known one. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate(generate().toCharArray());
    }

    /** The hash to store; refuses a password shorter than {@value SignInPolicy#MIN_PASSWORD_LENGTH} characters. */
    public String hash(String password) {
        if (password == null || password.length() < SignInPolicy.MIN_PASSWORD_LENGTH) {
            throw new WeakPasswordException();
        }
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, for an unknown username. */
    void verifyNothing(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }

    /** A random password of 24 URL-safe characters (144 bits). */
    public String generate() {
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
