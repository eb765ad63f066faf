package org.projectdesk.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, e.g. {@code AM} for Armenia. */
@Embeddable
public class CountryCode implements Serializable, Comparable<CountryCode> {

    private static final long serialVersionUID = 1L;
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    @Column(name = "country_code", length = 2, nullable = false)
    private String code;

    protected CountryCode() {
        // for Jakarta Persistence
    }

    private CountryCode(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!ISO_CODES.contains(normalized)) {
            throw new InvalidValueException("countries", "error.country.unknownCode",
                    "\"{0}\" is not an ISO 3166-1 alpha-2 country code.", code);
        }
        this.code = normalized;
    }

    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    public String code() {
        return code;
    }

    /** The country's name in the given language, e.g. "Arménie" for {@code AM} in French. */
    public String displayName(Language language) {
        return new Locale("", code).getDisplayCountry(language.locale());
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CountryCode that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
