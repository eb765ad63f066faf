package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.opendata.IatiOrganisationType;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The fixed choices of the desk's forms: countries with their names, roles, states, languages, organisation kinds, IATI types. */
@Named
@ApplicationScoped
public class DeskOptions {

    private final List<CountryCode> countries = Arrays.stream(Locale.getISOCountries())
            .map(CountryCode::of)
            .sorted(Comparator.comparing((CountryCode code) -> code.displayName(Language.EN),
                    Collator.getInstance(Locale.ENGLISH)))
            .toList();

    /** Every ISO country, by English name. */
    public List<CountryCode> getCountries() {
        return countries;
    }

    /** The English names of the countries with those ISO codes, alphabetically, separated by commas. */
    public String countryNames(Collection<String> codes) {
        return codes.stream().map(code -> CountryCode.of(code).displayName(Language.EN))
                .sorted(Collator.getInstance(Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }

    public List<ParticipationRole> getParticipationRoles() {
        return List.of(ParticipationRole.values());
    }

    public List<RevisionState> getStates() {
        return List.of(RevisionState.values());
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<OrganisationKind> getOrganisationKinds() {
        return List.of(OrganisationKind.values());
    }

    /** The IATI OrganisationType codelist, in code order. */
    public List<IatiOrganisationType> getIatiOrganisationTypes() {
        return List.of(IatiOrganisationType.values());
    }

    public List<String> getTextLists() {
        return EntryForm.TEXT_LISTS;
    }
}
