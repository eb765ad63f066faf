package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.projectdesk.domain.opendata.IatiOrganisationType;
import org.projectdesk.domain.opendata.IatiSettings;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.opendata.EntryExport;
import org.projectdesk.persistence.opendata.IatiSettingsService;
import org.projectdesk.persistence.opendata.IatiSettingsService.SettingsChangedMeanwhileException;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.TextField;

import java.time.Clock;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs {@code /desk/opendata} (admins only): how this installation reports to IATI (reporting
 * organisation and default sector), and the JSON export of every entry, published or not, which
 * the import reads back. Two administrators saving the settings at once: the second is told,
 * keeps what they typed and sees what the first saved.
 */
@Named
@ViewScoped
public class OpenDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IatiSettingsService settingsService;

    @Inject
    private EntryExport export;

    @Inject
    private DeskMessages messages;

    @Inject
    private DeskSteps steps;

    @Inject
    private Clock clock;

    private long version;
    private String reportingOrgRef;
    private IatiOrganisationType reportingOrgType;
    private TextField reportingOrgName = new TextField();
    private String defaultSector;
    /** What someone else saved meanwhile, when this administrator's save was refused for it. */
    private IatiSettings theirs;
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        show(settingsService.current());
    }

    public void save() {
        problems.clear();
        theirs = null;
        steps.of(() -> settingsService.change(version, reportingOrgRef, reportingOrgType, reportingOrgName.toText(),
                        defaultSector))
                // a translation without an English name is refused by the text itself, for its field "en"
                .onRefusal(InvalidValueException.class, refusal -> problems.put(
                        "en".equals(refusal.field()) ? "reportingOrgName" : refusal.field(), messages.text(refusal)))
                .onRefusal(SettingsChangedMeanwhileException.class, refusal -> {
                    theirs = settingsService.current();
                    version = theirs.version();
                    messages.error(null, refusal);
                })
                .run(saved -> {
                    show(saved);
                    messages.info(null, "desk.opendata.saved");
                });
    }

    /** Sends the JSON export of every entry as a download named after today's date. */
    public void download() throws IOException {
        byte[] json = export.exportAll();
        Faces.sendFile(json, "projectdesk-entries-" + LocalDate.now(clock) + ".json", true);
    }

    private void show(IatiSettings settings) {
        version = settings.version();
        reportingOrgRef = settings.reportingOrgRef();
        reportingOrgType = settings.reportingOrgType();
        reportingOrgName = TextField.of(settings.reportingOrgName());
        defaultSector = settings.defaultSector();
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    /** The settings another administrator saved while this one was editing; null when there was no conflict. */
    public IatiSettings getTheirs() {
        return theirs;
    }

    public String getReportingOrgRef() {
        return reportingOrgRef;
    }

    public void setReportingOrgRef(String reportingOrgRef) {
        this.reportingOrgRef = reportingOrgRef;
    }

    public IatiOrganisationType getReportingOrgType() {
        return reportingOrgType;
    }

    public void setReportingOrgType(IatiOrganisationType reportingOrgType) {
        this.reportingOrgType = reportingOrgType;
    }

    public TextField getReportingOrgName() {
        return reportingOrgName;
    }

    public String getDefaultSector() {
        return defaultSector;
    }

    public void setDefaultSector(String defaultSector) {
        this.defaultSector = defaultSector;
    }
}
