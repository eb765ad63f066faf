package org.projectdesk.domain.reference;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.PlainText;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.domain.shared.WebLink;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation that leads, implements, funds or partners in projects, e.g. ICMPD, UNDP or the
 * European Commission. Reference data shared by many entries; reachable at
 * {@code /organisations/{slug}}. Two organisations are the same if they have the same slug.
 */
@Entity
@Cacheable
@Table(name = "organisation")
public class Organisation implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NAME_LENGTH = 500;
    public static final int MAX_ACRONYM_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "slug", length = Slug.MAX_LENGTH, nullable = false, unique = true))
    private Slug slug;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en", length = MAX_NAME_LENGTH, nullable = false))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr", length = MAX_NAME_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "name_ru", length = MAX_NAME_LENGTH))
    private LocalizedText name;

    @Column(name = "acronym", length = MAX_ACRONYM_LENGTH)
    private String acronym;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private OrganisationKind kind;

    @Column(name = "website_url", length = WebLink.MAX_URL_LENGTH)
    private String websiteUrl;

    /** The addresses of organisations merged into this one: links to them lead here. */
    @ElementCollection
    @CollectionTable(name = "organisation_former_slug", joinColumns = @JoinColumn(name = "organisation_id"))
    @AttributeOverride(name = "value", column = @Column(name = "slug", length = Slug.MAX_LENGTH, nullable = false, unique = true))
    private Set<Slug> formerSlugs = new HashSet<>();

    protected Organisation() {
        // for Jakarta Persistence
    }

    private Organisation(Slug slug, LocalizedText name, String acronym, OrganisationKind kind) {
        this.slug = Objects.requireNonNull(slug, "slug");
        rename(name, acronym);
        reclassify(kind);
    }

    /** A new organisation; the acronym (e.g. {@code ICMPD}) may be null or blank. */
    public static Organisation register(Slug slug, LocalizedText name, String acronym, OrganisationKind kind) {
        return new Organisation(slug, name, acronym, kind);
    }

    /** Gives the organisation a new name and acronym (a blank acronym removes it). */
    public void rename(LocalizedText newName, String newAcronym) {
        if (newName == null) {
            throw new InvalidValueException("name", "error.organisation.nameRequired", "An organisation needs a name.");
        }
        for (String text : newName.asMap().values()) {
            if (text.length() > MAX_NAME_LENGTH) {
                throw new InvalidValueException("name", "error.organisation.nameTooLong",
                        "An organisation's name may have at most {0} characters.", MAX_NAME_LENGTH);
            }
        }
        String normalizedAcronym = newAcronym == null || newAcronym.isBlank() ? null : newAcronym.strip();
        if (normalizedAcronym != null && normalizedAcronym.length() > MAX_ACRONYM_LENGTH) {
            throw new InvalidValueException("acronym", "error.organisation.acronymTooLong",
                    "An acronym may have at most {0} characters.", MAX_ACRONYM_LENGTH);
        }
        this.name = newName;
        this.acronym = normalizedAcronym;
    }

    /** Files the organisation under another kind. */
    public void reclassify(OrganisationKind newKind) {
        if (newKind == null) {
            throw new InvalidValueException("kind", "error.organisation.kindRequired", "Say what kind of organisation this is.");
        }
        this.kind = newKind;
    }

    /** Sets the website (an http or https address); null or blank removes it. */
    public void changeWebsite(String url) {
        if (url == null || url.isBlank()) {
            this.websiteUrl = null;
            return;
        }
        try {
            this.websiteUrl = WebLink.of(name, url).url();
        } catch (InvalidValueException e) {
            throw new InvalidValueException("website", "error.organisation.websiteInvalid",
                    "\"{0}\" is not a web address: it must start with http:// or https:// and name a host.", url);
        }
    }

    /**
     * Takes over the public addresses of an organisation that is merged into this one (its own and
     * those it had taken over), so that links and bookmarks to it lead here.
     */
    public void takeOverAddressesOf(Organisation merged) {
        if (merged == this || merged.slug.equals(slug)) {
            return;
        }
        formerSlugs.add(merged.slug);
        formerSlugs.addAll(merged.formerSlugs);
        formerSlugs.remove(slug);
    }

    /** The addresses of organisations merged into this one. */
    public Set<Slug> formerSlugs() {
        return Set.copyOf(formerSlugs);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Slug slug() {
        return slug;
    }

    /**
     * Whether a new organisation with this name and acronym is probably this one: the same acronym,
     * a name in any language equal to one of this one's (ignoring case, accents and punctuation) or
     * a few typing mistakes away from it, or a name that is this one's acronym.
     */
    public boolean resembles(LocalizedText otherName, String otherAcronym) {
        if (otherAcronym != null && !otherAcronym.isBlank() && acronym != null
                && PlainText.key(acronym).equals(PlainText.key(otherAcronym))) {
            return true;
        }
        if (otherName == null) {
            return false;
        }
        for (Language mine : Language.values()) {
            for (Language theirs : Language.values()) {
                Optional<String> a = name.in(mine).map(PlainText::key);
                Optional<String> b = otherName.in(theirs).map(PlainText::key);
                if (a.isPresent() && b.isPresent() && !b.get().isEmpty() && close(a.get(), b.get())) {
                    return true;
                }
            }
        }
        return acronym != null && otherName.in(Language.EN).map(PlainText::key).filter(PlainText.key(acronym)::equals).isPresent();
    }

    private static boolean close(String a, String b) {
        int allowed = Math.max(1, Math.min(a.length(), b.length()) / 8);
        return a.equals(b) || Math.abs(a.length() - b.length()) <= allowed && PlainText.distance(a, b) <= allowed;
    }

    public LocalizedText name() {
        return name;
    }

    public Optional<String> acronym() {
        return Optional.ofNullable(acronym);
    }

    public OrganisationKind kind() {
        return kind;
    }

    /** The website as a link labelled with the organisation's name. */
    public Optional<WebLink> website() {
        return Optional.ofNullable(websiteUrl).map(url -> WebLink.of(name, url));
    }

    /** The acronym if there is one, else the name: "ICMPD", "Government of Japan". */
    public String shortName(Language language) {
        return acronym().orElseGet(() -> name.resolve(language).text());
    }

    /**
     * The name with the acronym after it, unless the name already is the acronym:
     * "International Centre for Migration Policy Development (ICMPD)", "Frontex".
     */
    public String displayName(Language language) {
        String resolved = name.resolve(language).text();
        return acronym == null || acronym.equalsIgnoreCase(resolved) ? resolved : resolved + " (" + acronym + ")";
    }

    /** Whether the organisation goes by this acronym or name (any language), ignoring case and outer spaces. */
    public boolean isKnownAs(String acronymOrName) {
        if (acronymOrName == null || acronymOrName.isBlank()) {
            return false;
        }
        String wanted = acronymOrName.strip().toLowerCase(Locale.ROOT);
        return acronym().map(a -> a.toLowerCase(Locale.ROOT).equals(wanted)).orElse(false)
                || name().asMap().values().stream().anyMatch(text -> text.toLowerCase(Locale.ROOT).equals(wanted));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Organisation that && slug().equals(that.slug());
    }

    @Override
    public int hashCode() {
        return slug().hashCode();
    }

    @Override
    public String toString() {
        return shortName(Language.EN);
    }
}
