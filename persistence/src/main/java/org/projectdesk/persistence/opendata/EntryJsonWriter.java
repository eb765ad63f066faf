package org.projectdesk.persistence.opendata;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.WebLink;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes entries as the export file: the API's field names, every text with all its translations,
 * and the organisations the entries name, which is exactly what the import reads back
 * ({@code FileAnalysis}).
 */
public final class EntryJsonWriter {

    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "projectdesk-entries";
    public static final int FORMAT_VERSION = 1;

    /** One entry as exported: its slug, the state of its latest revision and that revision's content. */
    public record ExportedEntry(String slug, RevisionState state, ProjectContent content) {
    }

    private EntryJsonWriter() {
    }

    /** The file as UTF-8 JSON, pretty-printed (so that the import's line numbers are useful). */
    public static byte[] write(List<ExportedEntry> entries, Instant exportedAt) {
        Map<String, Organisation> named = new LinkedHashMap<>();
        for (ExportedEntry entry : entries) {
            for (Participation participation : entry.content().participations()) {
                named.putIfAbsent(participation.organisation().slug().value(), participation.organisation());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.write("format", FORMAT);
            json.write("formatVersion", FORMAT_VERSION);
            json.write("exportedAt", exportedAt.truncatedTo(ChronoUnit.SECONDS).toString());
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
            for (ExportedEntry entry : entries) {
                entry(json, entry);
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toByteArray();
    }

    private static void entry(JsonGenerator json, ExportedEntry entry) {
        ProjectContent content = entry.content();
        json.writeStartObject();
        json.write("slug", entry.slug());
        json.write("state", entry.state().name());
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
        Map<CountryCode, BigDecimal> shares = content.countryShares();
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
