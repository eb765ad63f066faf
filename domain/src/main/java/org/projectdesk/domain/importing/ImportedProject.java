package org.projectdesk.domain.importing;

import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One project as read from the legacy page, in English, before anyone has checked it. Immutable.
 *
 * @param section            the section's number on the page, from 1
 * @param titleLine          the line of the title in the page text, from 1
 * @param title              the title without a trailing acronym in brackets
 * @param acronym            from the title's trailing brackets ("(MIBMA)") or, failing that, from
 *                           the website mention ("visit BOMCA's website"); null if neither gives one
 * @param objective          the overall objective; paragraphs separated by a blank line
 * @param specificObjectives the specific objectives, one per bullet
 * @param targetGroups       one per bullet
 * @param finalBeneficiaries one per bullet
 * @param organisations      implementers first (lead, then partners), then donors, then partners
 * @param duration           the months the project runs; null only if it could not be read (an error)
 * @param countries          the countries in the order the page names them
 * @param subAreas           areas within the countries the objective lists, e.g. trans-boundary areas
 * @param websiteMentions    the "For more information, please visit …" sentences, as written: the page
 *                           lost its links, so no address is known
 * @param thematicArea       the page's thematic area from its footer, e.g. "Border Management &amp; Visa"
 * @param suggestedSlug      from the acronym if any, else from the title; null if neither gives one
 */
public record ImportedProject(int section, int titleLine, String title, String acronym, String objective,
                              List<String> specificObjectives, List<String> targetGroups,
                              List<String> finalBeneficiaries, List<OrganisationMention> organisations,
                              MonthRange duration, List<CountryCode> countries, List<String> subAreas,
                              List<String> websiteMentions, String thematicArea, Slug suggestedSlug) {

    public ImportedProject {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(objective, "objective");
        specificObjectives = List.copyOf(specificObjectives);
        targetGroups = List.copyOf(targetGroups);
        finalBeneficiaries = List.copyOf(finalBeneficiaries);
        organisations = List.copyOf(organisations);
        countries = List.copyOf(countries);
        subAreas = List.copyOf(subAreas);
        websiteMentions = List.copyOf(websiteMentions);
    }

    /** The organisations named in that role, in page order. */
    public List<OrganisationMention> organisations(MentionRole role) {
        return organisations.stream().filter(mention -> mention.role() == role).toList();
    }

    /** The organisation that leads the implementation, if the page names one. */
    public Optional<OrganisationMention> leadImplementer() {
        return organisations(MentionRole.LEAD_IMPLEMENTER).stream().findFirst();
    }

    /**
     * The project as content for a first draft: the English texts, thematic area, duration,
     * countries, sub-areas and one participation per organisation mention, in page order and in the
     * mention's role (a donor with its funding instrument). The website mentions carry no address,
     * so they are not links; they stay here and in the import's warnings.
     *
     * @param organisations gives the reference entry for each mention: an existing one, or one
     *                      registered from {@link OrganisationMention#newOrganisation()}; never null
     */
    public ProjectContent toContent(Function<OrganisationMention, Organisation> organisations) {
        Objects.requireNonNull(organisations, "organisations");
        ProjectContent.Builder content = ProjectContent.builder()
                .title(LocalizedText.of(title))
                .acronym(acronym)
                .objective(LocalizedText.of(objective))
                .specificObjectives(texts(specificObjectives))
                .targetGroups(texts(targetGroups))
                .finalBeneficiaries(texts(finalBeneficiaries))
                .duration(duration)
                .countries(countries)
                .subAreas(texts(subAreas))
                .thematicArea(thematicArea == null || thematicArea.isBlank() ? null : LocalizedText.of(thematicArea));
        for (OrganisationMention mention : this.organisations) {
            Organisation organisation = organisations.apply(mention);
            if (organisation == null) {
                throw new InvalidValueException("participations", "error.import.organisationMissing",
                        "No organisation was given for \"{0}\".", mention.name());
            }
            content.addParticipation(mention.toParticipation(organisation));
        }
        return content.build();
    }

    private static List<LocalizedText> texts(List<String> items) {
        return items.stream().map(LocalizedText::of).toList();
    }
}
