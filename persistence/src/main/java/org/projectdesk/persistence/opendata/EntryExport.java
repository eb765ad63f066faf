package org.projectdesk.persistence.opendata;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.WebLink;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' JSON export of every entry (published or not): for each, its slug, its
 * state and the content of its latest revision (the open draft if there is one), every text with
 * all its translations; and the organisations those entries name. The file uses the API's field
 * names and is exactly what the import reads back, so export then import into an empty database
 * gives the same entries (as drafts).
 */
@Stateless
@DeclareRoles({"EDITOR", "REVIEWER", "ADMIN"})
public class EntryExport {

    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "projectdesk-entries";
    public static final int FORMAT_VERSION = 1;

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    /** The export as UTF-8 JSON, pretty-printed (so that the import's line numbers are useful). */
    @RolesAllowed("ADMIN")
    public byte[] exportAll() {
        List<ProjectEntry> entries = em.createQuery("select e from ProjectEntry e order by e.id", ProjectEntry.class)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
        Map<String, Organisation> named = new LinkedHashMap<>();
        for (ProjectEntry entry : entries) {
            for (Participation participation : entry.latestRevision().content().participations()) {
                named.putIfAbsent(participation.organisation().slug().value(), participation.organisation());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.write("format", FORMAT);
            json.write("formatVersion", FORMAT_VERSION);
            json.write("exportedAt", Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS).toString());
            json.writeStartArray("organisations");
            for (Organisation organisation : named.values()) {
                json.writeStartObject();
                json.write("slug", organisation.slug().value());
                text(json, "name", organisation.name());
                organisation.acronym().ifPresent(acronym -> json.write("acronym", acronym));
                json.write("kind", organisation.kind().name());
                organisation.website().ifPresent(website -> json.write("website", website.url()));
                json.writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("entries");
            for (ProjectEntry entry : entries) {
                entry(json, entry);
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toByteArray();
    }

    private static void entry(JsonGenerator json, ProjectEntry entry) {
        Revision latest = entry.latestRevision();
        ProjectContent content = latest.content();
        json.writeStartObject();
        json.write("slug", entry.slug().value());
        json.write("state", latest.state().name());
        text(json, "title", content.title());
        content.acronym().ifPresent(acronym -> json.write("acronym", acronym));
        content.objective().ifPresent(text -> text(json, "objective", text));
        texts(json, "specificObjectives", content.specificObjectives());
        texts(json, "targetGroups", content.targetGroups());
        texts(json, "finalBeneficiaries", content.finalBeneficiaries());
        texts(json, "subAreas", content.subAreas());
        content.thematicArea().ifPresent(text -> text(json, "thematicArea", text));
        List<Participation> leads = content.withRole(ParticipationRole.LEAD_IMPLEMENTER);
        if (leads.size() == 1) {
            json.writeKey("leadImplementer");
            organisation(json, leads.get(0).organisation());
        } else if (leads.size() > 1) {
            organisations(json, "leadImplementer", leads);
        }
        organisations(json, "implementingPartners", content.implementingPartners());
        json.writeStartArray("donors");
        for (Participation donor : content.donors()) {
            json.writeStartObject();
            json.writeKey("organisation");
            organisation(json, donor.organisation());
            donor.fundingInstrument().ifPresent(instrument -> json.write("fundingInstrument", instrument));
            json.writeEnd();
        }
        json.writeEnd();
        organisations(json, "partners", content.otherPartners());
        content.duration().ifPresent(duration -> {
            json.writeStartObject("duration");
            json.write("start", duration.start().toString());
            json.write("end", duration.end().toString());
            json.writeEnd();
        });
        json.writeStartArray("countries");
        Map<CountryCode, java.math.BigDecimal> shares = content.countryShares();
        for (CountryCode country : content.countries()) {
            json.writeStartObject();
            json.write("code", country.code());
            if (shares.containsKey(country)) {
                json.write("percentage", shares.get(country));
            }
            json.writeEnd();
        }
        json.writeEnd();
        content.region().ifPresent(region -> {
            json.writeStartObject("region");
            json.write("code", region.code().value());
            json.writeEnd();
        });
        json.writeStartArray("links");
        for (WebLink link : content.links()) {
            json.writeStartObject();
            text(json, "label", link.label());
            json.write("url", link.url());
            json.writeEnd();
        }
        json.writeEnd();
        content.notes().ifPresent(text -> text(json, "notes", text));
        content.sector().ifPresent(sector -> json.write("sector", sector));
        json.writeEnd();
    }

    private static void organisations(JsonGenerator json, String name, List<Participation> participations) {
        json.writeStartArray(name);
        for (Participation participation : participations) {
            organisation(json, participation.organisation());
        }
        json.writeEnd();
    }

    private static void organisation(JsonGenerator json, Organisation organisation) {
        json.writeStartObject();
        json.write("slug", organisation.slug().value());
        json.write("name", organisation.name().english());
        organisation.acronym().ifPresent(acronym -> json.write("acronym", acronym));
        json.writeEnd();
    }

    private static void texts(JsonGenerator json, String name, List<LocalizedText> texts) {
        json.writeStartArray(name);
        for (LocalizedText text : texts) {
            json.writeStartObject();
            text.asMap().forEach((language, translation) -> json.write(language.tag(), translation));
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void text(JsonGenerator json, String name, LocalizedText text) {
        json.writeStartObject(name);
        for (Language language : Language.values()) {
            text.in(language).ifPresent(translation -> json.write(language.tag(), translation));
        }
        json.writeEnd();
    }
}
