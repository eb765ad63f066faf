package org.projectdesk.domain.entry;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import org.projectdesk.domain.shared.CountryCode;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The share of a project that goes to one of its countries, in percent to the hundredth, as an
 * editor set it (e.g. for IATI's recipient-country percentages). Immutable.
 */
@Embeddable
public class CountryShare implements Serializable {

    private static final long serialVersionUID = 1L;

    @Embedded
    @AttributeOverride(name = "code", column = @Column(name = "country_code", length = 2, nullable = false))
    private CountryCode country;

    @Column(name = "percentage", precision = 5, scale = 2, nullable = false)
    private BigDecimal percentage;

    protected CountryShare() {
        // for Jakarta Persistence
    }

    CountryShare(CountryCode country, BigDecimal percentage) {
        this.country = Objects.requireNonNull(country, "country");
        this.percentage = percentage.setScale(2, RoundingMode.UNNECESSARY);
    }

    public CountryCode country() {
        return country;
    }

    public BigDecimal percentage() {
        return percentage;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CountryShare that && country.equals(that.country)
                && percentage.compareTo(that.percentage) == 0;
    }

    @Override
    public int hashCode() {
        return country.hashCode();
    }

    @Override
    public String toString() {
        return country + " " + percentage + "%";
    }
}
