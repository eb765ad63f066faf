package org.projectdesk.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stable, URL-safe name of an entry, e.g. {@code mibma} in {@code /projects/mibma}: lower-case
 * ASCII letters and digits in groups joined by single hyphens, at most {@value #MAX_LENGTH} characters.
 */
@Embeddable
public class Slug implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LENGTH = 80;
    private static final int DERIVED_LENGTH = 60;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Column(name = "slug", length = MAX_LENGTH, nullable = false, unique = true)
    private String value;

    protected Slug() {
        // for Jakarta Persistence
    }

    private Slug(String value) {
        if (!isWellFormed(value)) {
            throw new InvalidValueException("slug", "error.slug.invalid",
                    "\"{0}\" is not a valid address name: use lower-case letters, digits and single hyphens, at most {1} characters.",
                    value, MAX_LENGTH);
        }
        this.value = value;
    }

    public static Slug of(String value) {
        return new Slug(value);
    }

    /**
     * The slug a text from outside names (an address, a query parameter), or nothing when it is not
     * one: for look-ups, where a malformed name simply matches nothing.
     */
    public static Optional<Slug> parse(String value) {
        return isWellFormed(value) ? Optional.of(new Slug(value)) : Optional.empty();
    }

    private static boolean isWellFormed(String value) {
        return value != null && value.length() <= MAX_LENGTH && FORM.matcher(value).matches();
    }

    /**
     * Derives a slug from a human text such as an acronym or a title: accents dropped, anything
     * else than letters and digits turned into hyphens, cut at a word boundary.
     */
    public static Slug from(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (ascii.length() > DERIVED_LENGTH) {
            int cut = ascii.lastIndexOf('-', DERIVED_LENGTH);
            ascii = ascii.substring(0, cut > 0 ? cut : DERIVED_LENGTH).replaceAll("-+$", "");
        }
        if (ascii.isEmpty()) {
            throw new InvalidValueException("slug", "error.slug.underivable",
                    "No address name can be made from \"{0}\": it has no Latin letters or digits.", text);
        }
        return new Slug(ascii);
    }

    /** This slug with a numeric suffix, e.g. {@code mibma-2}, for when the plain one is taken. */
    public Slug withSuffix(int number) {
        String suffix = "-" + number;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? value.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "")
                : value;
        return new Slug(base + suffix);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Slug that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
