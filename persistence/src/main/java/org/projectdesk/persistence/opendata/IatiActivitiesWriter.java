package org.projectdesk.persistence.opendata;

import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.opendata.IatiOrganisationType;
import org.projectdesk.domain.opendata.IatiSettings;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.ProjectStatus;
import org.projectdesk.domain.shared.WebLink;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes published projects as an IATI 2.03 {@code iati-activities} document, elements in the
 * schema's order. The mapping:
 * <ul>
 * <li>{@code iati-identifier}: the reporting organisation's ref, "-", the entry's slug (stable: an
 * entry's address never changes);</li>
 * <li>{@code reporting-org} from {@link IatiSettings};</li>
 * <li>{@code title}, descriptions, organisation names: one {@code narrative} per language the text
 * has, English as the activity's default {@code xml:lang}, the others marked with theirs. A text
 * made of several parts (a list) has a narrative in a language only when every part has it;</li>
 * <li>{@code description type="2"}: the objective, and the specific objectives (one per line);
 * {@code type="3"}: the target groups, and the final beneficiaries; a project with none of these
 * gets {@code type="1"} with its title (the schema needs one description);</li>
 * <li>{@code participating-org}: donors {@code role="1"}; lead, implementing and other partners
 * {@code role="4"}; {@code type} from the organisation's kind. A project naming no organisation
 * gets the reporting organisation as {@code role="2"} (accountable: it publishes the project);</li>
 * <li>{@code activity-status} from the month range and today: 1 before the start month, 2 during
 * it, 3 within a year after the end month, 4 after that; {@code activity-date type="1"} the first
 * day of the start month, {@code type="3"} the last day of the end month. Without a month range:
 * status 1 and {@code type="1"} the day it was published;</li>
 * <li>{@code recipient-country} per country, with percentages summing to 100 when there are
 * several: as the editor set them, else split evenly (to the hundredth, the remainder on the first
 * ones);</li>
 * <li>{@code sector vocabulary="1"} with the project's sector, else the default one;</li>
 * <li>{@code document-link}: every link of the project (category A12, web page, text/html) and,
 * when the site offers one, the factsheet PDF per language (category A02).</li>
 * </ul>
 */
public final class IatiActivitiesWriter {

    public static final String VERSION = "2.03";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final int FINALISATION_DAYS = 365;

    private final IatiSettings settings;
    private final Function<String, Map<Language, String>> factsheets;

    /**
     * @param factsheets for an entry's slug, the address of its factsheet PDF per language (empty
     *                   map when the site offers none)
     */
    public IatiActivitiesWriter(IatiSettings settings, Function<String, Map<Language, String>> factsheets) {
        this.settings = settings;
        this.factsheets = factsheets;
    }

    /** The identifier of the project's activity, e.g. {@code XM-DAC-41116-mibma}. */
    public String identifier(String slug) {
        return settings.reportingOrgRef() + "-" + slug;
    }

    /**
     * Writes the document (UTF-8) to the stream, which it does not close.
     *
     * @param projects at least one project (the schema requires an activity)
     * @param today    the day the activity statuses are derived for
     */
    public void write(List<OpenProject> projects, Instant generatedAt, LocalDate today, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", dateTime(generatedAt));
        for (OpenProject project : projects) {
            activity(xml, project, generatedAt, today);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void activity(XMLStreamWriter xml, OpenProject project, Instant generatedAt, LocalDate today)
            throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime",
                dateTime(project.lastUpdatedAt() == null ? generatedAt : project.lastUpdatedAt()));
        xml.writeAttribute("xml", XML_NS, "lang", Language.DEFAULT.tag());

        simple(xml, "iati-identifier", identifier(project.slug()));

        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", settings.reportingOrgRef());
        xml.writeAttribute("type", settings.reportingOrgType().code());
        narratives(xml, List.of(settings.reportingOrgName()));
        xml.writeEndElement();

        xml.writeStartElement("title");
        narratives(xml, List.of(project.title()));
        xml.writeEndElement();

        descriptions(xml, project);
        participatingOrgs(xml, project);

        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", status(project.duration(), today));
        activityDates(xml, project, generatedAt);
        recipientCountries(xml, project.countries(), project.countryShares());

        xml.writeEmptyElement("sector");
        xml.writeAttribute("vocabulary", "1");
        xml.writeAttribute("code", project.sector() != null ? project.sector() : settings.defaultSector());

        for (WebLink link : project.links()) {
            documentLink(xml, link.url(), "text/html", "A12", List.of(link.label()), Optional.empty());
        }
        for (Map.Entry<Language, String> factsheet : factsheets.apply(project.slug()).entrySet()) {
            documentLink(xml, factsheet.getValue(), "application/pdf", "A02", List.of(project.title()),
                    Optional.of(factsheet.getKey()));
        }
        xml.writeEndElement();
    }

    private void descriptions(XMLStreamWriter xml, OpenProject project) throws XMLStreamException {
        List<List<LocalizedText>> objectives = new ArrayList<>();
        if (project.objective() != null) {
            objectives.add(List.of(project.objective()));
        }
        if (!project.specificObjectives().isEmpty()) {
            objectives.add(project.specificObjectives());
        }
        List<List<LocalizedText>> targets = new ArrayList<>();
        if (!project.targetGroups().isEmpty()) {
            targets.add(project.targetGroups());
        }
        if (!project.finalBeneficiaries().isEmpty()) {
            targets.add(project.finalBeneficiaries());
        }
        if (objectives.isEmpty() && targets.isEmpty()) {
            description(xml, "1", List.of(project.title()));
        }
        for (List<LocalizedText> parts : objectives) {
            description(xml, "2", parts);
        }
        for (List<LocalizedText> parts : targets) {
            description(xml, "3", parts);
        }
    }

    private void description(XMLStreamWriter xml, String type, List<LocalizedText> parts) throws XMLStreamException {
        xml.writeStartElement("description");
        xml.writeAttribute("type", type);
        narratives(xml, parts);
        xml.writeEndElement();
    }

    private void participatingOrgs(XMLStreamWriter xml, OpenProject project) throws XMLStreamException {
        if (project.participants().isEmpty()) {
            xml.writeStartElement("participating-org");
            xml.writeAttribute("ref", settings.reportingOrgRef());
            xml.writeAttribute("type", settings.reportingOrgType().code());
            xml.writeAttribute("role", "2");
            narratives(xml, List.of(settings.reportingOrgName()));
            xml.writeEndElement();
            return;
        }
        for (OpenParticipant participant : project.participants()) {
            xml.writeStartElement("participating-org");
            xml.writeAttribute("type", IatiOrganisationType.of(participant.kind()).code());
            xml.writeAttribute("role", participant.role() == ParticipationRole.DONOR ? "1" : "4");
            narratives(xml, List.of(participant.name()));
            xml.writeEndElement();
        }
    }

    /** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation (a year after the end), 4 closed. */
    static String status(MonthRange duration, LocalDate today) {
        if (duration == null) {
            return "1";
        }
        ProjectStatus status = duration.statusOn(today);
        return switch (status) {
            case UPCOMING -> "1";
            case ONGOING -> "2";
            case COMPLETED -> ChronoUnit.DAYS.between(duration.lastDay(), today) <= FINALISATION_DAYS ? "3" : "4";
        };
    }

    private static void activityDates(XMLStreamWriter xml, OpenProject project, Instant generatedAt)
            throws XMLStreamException {
        if (project.duration() == null) {
            Instant known = project.lastUpdatedAt() == null ? generatedAt : project.lastUpdatedAt();
            activityDate(xml, "1", LocalDate.ofInstant(known, java.time.ZoneOffset.UTC));
            return;
        }
        activityDate(xml, "1", project.duration().firstDay());
        activityDate(xml, "3", project.duration().lastDay());
    }

    private static void activityDate(XMLStreamWriter xml, String type, LocalDate day) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("iso-date", day.toString());
        xml.writeAttribute("type", type);
    }

    private static void recipientCountries(XMLStreamWriter xml, List<CountryCode> countries,
                                           Map<CountryCode, BigDecimal> set) throws XMLStreamException {
        List<BigDecimal> shares = set.isEmpty() ? evenShares(countries.size())
                : countries.stream().map(set::get).toList();
        for (int i = 0; i < countries.size(); i++) {
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", countries.get(i).code());
            if (countries.size() > 1) {
                xml.writeAttribute("percentage", shares.get(i).toPlainString());
            }
        }
    }

    /** {@code count} percentages to the hundredth that add up to exactly 100, the remainder on the first ones. */
    static List<BigDecimal> evenShares(int count) {
        List<BigDecimal> shares = new ArrayList<>();
        if (count == 0) {
            return shares;
        }
        BigDecimal share = HUNDRED.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        BigDecimal cent = new BigDecimal("0.01");
        int extraCents = HUNDRED.subtract(share.multiply(BigDecimal.valueOf(count))).divide(cent).intValue();
        for (int i = 0; i < count; i++) {
            shares.add(i < extraCents ? share.add(cent) : share);
        }
        return shares;
    }

    private static void documentLink(XMLStreamWriter xml, String url, String format, String category,
                                     List<LocalizedText> title, Optional<Language> language) throws XMLStreamException {
        xml.writeStartElement("document-link");
        xml.writeAttribute("url", url);
        xml.writeAttribute("format", format);
        xml.writeStartElement("title");
        narratives(xml, title);
        xml.writeEndElement();
        xml.writeEmptyElement("category");
        xml.writeAttribute("code", category);
        if (language.isPresent()) {
            xml.writeEmptyElement("language");
            xml.writeAttribute("code", language.get().tag());
        }
        xml.writeEndElement();
    }

    /**
     * One narrative per language in which every part has a text, the parts joined by line breaks;
     * English (the default) without {@code xml:lang}, the others with it.
     */
    private static void narratives(XMLStreamWriter xml, List<LocalizedText> parts) throws XMLStreamException {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> inLanguage = new ArrayList<>();
            for (LocalizedText part : parts) {
                part.in(language).ifPresent(inLanguage::add);
            }
            if (inLanguage.size() == parts.size()) {
                texts.put(language, String.join("\n", inLanguage));
            }
        }
        for (Map.Entry<Language, String> text : texts.entrySet()) {
            xml.writeStartElement("narrative");
            if (text.getKey() != Language.DEFAULT) {
                xml.writeAttribute("xml", XML_NS, "lang", text.getKey().tag());
            }
            xml.writeCharacters(text.getValue());
            xml.writeEndElement();
        }
    }

    private static void simple(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
