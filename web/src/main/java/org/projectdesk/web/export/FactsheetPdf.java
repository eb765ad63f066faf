package org.projectdesk.web.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.projectdesk.persistence.publicview.CountryName;
import org.projectdesk.persistence.publicview.DonorView;
import org.projectdesk.persistence.publicview.LinkView;
import org.projectdesk.persistence.publicview.OrganisationName;
import org.projectdesk.persistence.publicview.PublishedProject;
import org.projectdesk.web.map.WorldShapes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Writes a project's factsheet: the same sections as its page, in the page's language, set in
 * DejaVu Sans (shipped with the application, so Cyrillic and every Latin accent print whatever
 * fonts the server has), with the title, the document language and the metadata set so that the
 * text can be extracted and read aloud. Under the countries, a map highlights them.
 */
final class FactsheetPdf {

    private static final String FONTS = "/org/projectdesk/web/export/fonts/";
    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

    private final PublishedProject project;
    private final ResourceBundle bundle;
    private final WorldShapes shapes;
    private final Font body = new Font(REGULAR, 10);
    private final Font small = new Font(REGULAR, 8);
    private final Font heading = new Font(BOLD, 12);
    private final Font title = new Font(BOLD, 18);

    FactsheetPdf(PublishedProject project, ResourceBundle bundle, WorldShapes shapes) {
        this.project = project;
        this.bundle = bundle;
        this.shapes = shapes;
    }

    byte[] write(String pageAddress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.setDocumentLanguage(project.language().tag());
            document.addTitle(project.title());
            document.addSubject(text("factsheet.subject"));
            document.addCreator(text("app.name"));
            document.open();
            Paragraph heading1 = new Paragraph(project.title(), title);
            heading1.setSpacingAfter(4);
            document.add(heading1);
            if (project.acronym() != null) {
                document.add(new Paragraph(project.acronym(), heading));
            }
            if (!project.untranslatedFields().isEmpty()) {
                document.add(new Paragraph(text("project.fallbackNotice"), small));
            }
            section(document, "field.thematicArea", project.thematicArea());
            section(document, "field.objective", project.objective());
            list(document, "field.specificObjectives", project.specificObjectives());
            list(document, "field.subAreas", project.subAreas());
            list(document, "field.targetGroups", project.targetGroups());
            list(document, "field.finalBeneficiaries", project.finalBeneficiaries());
            if (project.lead() != null || !project.implementingPartners().isEmpty()) {
                heading(document, "field.implementingAgency");
                if (project.lead() != null) {
                    document.add(labelled("role.LEAD_IMPLEMENTER", project.lead().name()));
                }
                if (!project.implementingPartners().isEmpty()) {
                    document.add(labelled("role.IMPLEMENTING_PARTNER", names(project.implementingPartners())));
                }
            }
            list(document, "field.donors", project.donors().stream().map(FactsheetPdf::donor).toList());
            section(document, "field.partners", project.partners().isEmpty() ? null : names(project.partners()));
            if (project.duration() != null) {
                section(document, "field.duration", MessageFormat.format(text("format.monthRange"),
                        month(project.duration().start()), month(project.duration().end())));
            }
            section(document, "field.countries", project.countries().isEmpty() ? null
                    : project.countries().stream().map(this::country).collect(Collectors.joining(", ")));
            map(document, writer);
            section(document, "field.region", project.region());
            section(document, "field.sector", project.sector());
            list(document, "field.links", project.links().stream().map(FactsheetPdf::link).toList());
            section(document, "field.notes", project.notes());
            Paragraph source = new Paragraph(MessageFormat.format(text("factsheet.source"), pageAddress), small);
            source.setSpacingBefore(16);
            document.add(source);
        } catch (DocumentException e) {
            throw new IllegalStateException("The factsheet of " + project.slug() + " could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** The project's countries highlighted on a map (vector graphics), with the same in words under it. */
    private void map(Document document, PdfWriter writer) {
        java.util.List<String> codes = project.countries().stream().map(CountryName::code).toList();
        float width = (document.right() - document.left()) * 0.75f;
        FactsheetMap.draw(writer, shapes, codes, project.language(), width).ifPresent(image -> {
            image.setSpacingBefore(6);
            document.add(image);
            String names = project.countries().stream().map(CountryName::name).collect(Collectors.joining(", "));
            document.add(new Paragraph(new MessageFormat(text("factsheet.map"), project.language().locale())
                    .format(new Object[]{codes.size(), names}), small));
        });
    }

    private void heading(Document document, String key) {
        Paragraph paragraph = new Paragraph(text(key), heading);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(2);
        document.add(paragraph);
    }

    private void section(Document document, String key, String content) {
        if (content == null || content.isBlank()) {
            return;
        }
        heading(document, key);
        Paragraph paragraph = new Paragraph(content, body);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        document.add(paragraph);
    }

    private void list(Document document, String key, Collection<String> items) {
        if (items.isEmpty()) {
            return;
        }
        heading(document, key);
        List list = new List(false, 12);
        list.setListSymbol(new Chunk("\u2022", body));
        for (String item : items) {
            list.add(new ListItem(item, body));
        }
        document.add(list);
    }

    private Paragraph labelled(String key, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(MessageFormat.format(text("format.label"), text(key)), new Font(BOLD, 10)));
        paragraph.add(new Chunk(value, body));
        return paragraph;
    }

    /** The country's name, with its share when the editors split the project over its countries. */
    private String country(CountryName country) {
        BigDecimal share = project.shareOf(country.code());
        return share == null ? country.name()
                : country.name() + " (" + new MessageFormat(text("format.percent"), project.language().locale())
                .format(new Object[] {share}) + ")";
    }

    private String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", project.language().locale()).format(month);
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private static String names(Collection<OrganisationName> organisations) {
        return organisations.stream().map(OrganisationName::name).collect(Collectors.joining(", "));
    }

    private static String donor(DonorView donor) {
        return donor.organisation().name() + (donor.fundingInstrument() == null ? "" : " (" + donor.fundingInstrument() + ")");
    }

    private static String link(LinkView link) {
        return link.label() + ": " + link.url();
    }

    private static BaseFont font(String file) {
        try (InputStream in = FactsheetPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
