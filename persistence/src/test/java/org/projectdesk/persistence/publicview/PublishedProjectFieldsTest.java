package org.projectdesk.persistence.publicview;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.WebLink;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The public read model shows every field of a published content in the reader's language: each
 * {@link ContentField} is checked for {@value ContentGenerator#COUNT} generated contents (seed
 * {@value ContentGenerator#SEED}) in English, French and Russian. A new field does not compile here
 * until it says how the public side shows it.
 */
class PublishedProjectFieldsTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void everyFieldIsShownInEveryLanguage() {
        for (ProjectContent content : ContentGenerator.contents()) {
            for (Language language : Language.values()) {
                PublishedProject project = PublishedProject.of("slug", content, language, PUBLISHED);
                for (ContentField field : ContentField.values()) {
                    check(field, content, language, project);
                }
                assertEquals(java.util.Set.of(), project.untranslatedFields());
            }
        }
    }

    /** How the read model shows the field; a switch expression, so that every field must be named. */
    private static void check(ContentField field, ProjectContent content, Language language, PublishedProject project) {
        Runnable check = switch (field) {
            case TITLE -> () -> assertEquals(text(content.title(), language), project.title());
            case ACRONYM -> () -> assertEquals(content.acronym().orElseThrow(), project.acronym());
            case THEMATIC_AREA -> () -> assertEquals(text(content.thematicArea().orElseThrow(), language), project.thematicArea());
            case OBJECTIVE -> () -> assertEquals(text(content.objective().orElseThrow(), language), project.objective());
            case SPECIFIC_OBJECTIVES -> () -> assertEquals(texts(content.specificObjectives(), language), project.specificObjectives());
            case SUB_AREAS -> () -> assertEquals(texts(content.subAreas(), language), project.subAreas());
            case TARGET_GROUPS -> () -> assertEquals(texts(content.targetGroups(), language), project.targetGroups());
            case FINAL_BENEFICIARIES -> () -> assertEquals(texts(content.finalBeneficiaries(), language), project.finalBeneficiaries());
            case PARTICIPATIONS -> () -> {
                assertEquals(name(content.lead().orElseThrow(), language), project.lead());
                assertEquals(names(content.implementingPartners(), language), project.implementingPartners());
                assertEquals(content.donors().stream().map(d -> new DonorView(name(d.organisation(), language),
                        d.fundingInstrument().orElse(null))).toList(), project.donors());
                assertEquals(names(content.otherPartners(), language), project.partners());
            };
            case DURATION -> () -> assertEquals(content.duration().orElseThrow(), project.duration());
            case COUNTRIES -> () -> assertEquals(content.countries().stream()
                    .map(c -> new CountryName(c.code(), c.displayName(language))).toList(), project.countries());
            case COUNTRY_SHARES -> () -> {
                Map<String, java.math.BigDecimal> shares = new LinkedHashMap<>();
                content.countryShares().forEach((country, share) -> shares.put(country.code(), share));
                assertEquals(shares, project.countryShares());
            };
            case REGION -> () -> {
                assertEquals(text(content.region().orElseThrow().name(), language), project.region());
                assertEquals(content.region().orElseThrow().code().value(), project.regionCode());
            };
            case SECTOR -> () -> assertEquals(content.sector().orElseThrow(), project.sector());
            case LINKS -> () -> assertEquals(content.links().stream()
                    .map((WebLink l) -> new LinkView(text(l.label(), language), l.url())).toList(), project.links());
            case NOTES -> () -> assertEquals(text(content.notes().orElseThrow(), language), project.notes());
        };
        check.run();
    }

    private static String text(LocalizedText text, Language language) {
        return text.in(language).orElseThrow();
    }

    private static List<String> texts(List<LocalizedText> texts, Language language) {
        return texts.stream().map(t -> text(t, language)).toList();
    }

    private static OrganisationName name(Organisation organisation, Language language) {
        return new OrganisationName(organisation.slug().value(), organisation.displayName(language),
                organisation.acronym().orElse(null));
    }

    private static List<OrganisationName> names(List<Participation> participations, Language language) {
        return participations.stream().map(p -> name(p.organisation(), language)).toList();
    }
}
