package org.projectdesk.domain.reference;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A named group of countries that projects are filed under, e.g. {@code eastern-partnership}
 * (Armenia, Azerbaijan, Belarus, Georgia, Moldova, Ukraine). Two regions are the same if they have
 * the same code.
 */
@Entity
@Cacheable
@Table(name = "region")
public class Region implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NAME_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "region_seq")
    @SequenceGenerator(name = "region_seq", sequenceName = "region_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "code", length = Slug.MAX_LENGTH, nullable = false, unique = true))
    private Slug code;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en", length = MAX_NAME_LENGTH, nullable = false))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr", length = MAX_NAME_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "name_ru", length = MAX_NAME_LENGTH))
    private LocalizedText name;

    @ElementCollection
    @CollectionTable(name = "region_country", joinColumns = @JoinColumn(name = "region_id", nullable = false))
    @AttributeOverride(name = "code", column = @Column(name = "country_code", length = 2, nullable = false))
    private Set<CountryCode> members = new HashSet<>();

    protected Region() {
        // for Jakarta Persistence
    }

    private Region(Slug code, LocalizedText name, Collection<CountryCode> members) {
        this.code = Objects.requireNonNull(code, "code");
        rename(name);
        changeMembers(members);
    }

    /** A new region with its member countries. */
    public static Region define(Slug code, LocalizedText name, Collection<CountryCode> members) {
        return new Region(code, name, members);
    }

    public void rename(LocalizedText newName) {
        if (newName == null) {
            throw new InvalidValueException("name", "error.region.nameRequired", "A region needs a name.");
        }
        for (String text : newName.asMap().values()) {
            if (text.length() > MAX_NAME_LENGTH) {
                throw new InvalidValueException("name", "error.region.nameTooLong",
                        "A region's name may have at most {0} characters.", MAX_NAME_LENGTH);
            }
        }
        this.name = newName;
    }

    /** Replaces the member countries. */
    public void changeMembers(Collection<CountryCode> newMembers) {
        if (newMembers == null || newMembers.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("countries", "error.region.membersInvalid",
                    "A region's members must be a list of countries.");
        }
        members.clear();
        members.addAll(newMembers);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Slug code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    /** The member countries, sorted by code. */
    public SortedSet<CountryCode> members() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(members));
    }

    public boolean includes(CountryCode country) {
        return country != null && members.contains(country);
    }

    /**
     * Whether every one of the countries is a member. An empty collection is covered by no region:
     * there is nothing to file under it.
     */
    public boolean coversAll(Collection<CountryCode> countries) {
        return countries != null && !countries.isEmpty() && countries.stream().allMatch(this::includes);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Region that && code().equals(that.code());
    }

    @Override
    public int hashCode() {
        return code().hashCode();
    }

    @Override
    public String toString() {
        return code.value();
    }
}
