package org.projectdesk.web.view.desk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EntrySummary;
import org.projectdesk.persistence.importing.EntryImport;
import org.projectdesk.persistence.importing.ImportReport;
import org.projectdesk.persistence.importing.UploadedFile;
import org.projectdesk.web.desk.DeskMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /desk/import} (editors): upload a JSON file in the API's shape or the text of a
 * legacy "Ongoing Projects" page; see the whole file's report (per entry, field and line) before
 * anything is written; agree to create the organisations it names that do not exist yet; then
 * import every entry as a draft, or nothing at all.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EntryImport importer;

    @Inject
    private EditorialQueries queries;

    @Inject
    private DeskMessages messages;

    /** The size of a request the server refused to read (set by {@code UploadSizeFilter}). */
    private Long refusedBytes;
    private transient Part upload;
    private String fileName;
    private byte[] content;
    private boolean createOrganisations;
    private ImportReport report;
    private List<EntrySummary> imported = List.of();
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        if (refusedBytes != null) {
            problems.put("file", messages.text("desk.import.tooLarge", refusedBytes, importer.maxBytes()));
        }
    }

    /** Reads the chosen file and checks all of it; nothing is written. */
    public void check() {
        problems.clear();
        imported = List.of();
        report = null;
        content = null;
        createOrganisations = false;
        if (upload == null || upload.getSize() == 0 && blank(upload.getSubmittedFileName())) {
            problems.put("file", messages.text("desk.import.chooseFile"));
            return;
        }
        if (upload.getSize() > importer.maxBytes()) {
            problems.put("file", messages.text("desk.import.tooLarge", upload.getSize(), importer.maxBytes()));
            return;
        }
        fileName = upload.getSubmittedFileName();
        content = bytes(upload);
        report = importer.check(file(), createOrganisations);
        summarise();
    }

    /** Checks the same file again, e.g. after the editor agreed to create the unknown organisations. */
    public void recheck() {
        if (content != null) {
            report = importer.check(file(), createOrganisations);
            summarise();
        }
    }

    /** Imports every entry as a draft if the whole file is right; otherwise writes nothing and shows why. */
    public void importFile() {
        if (content == null) {
            return;
        }
        report = importer.importFile(file(), createOrganisations);
        if (report.written()) {
            imported = queries.withSlugs(report.importedSlugs());
            content = null;
            messages.info(null, "desk.import.done", report.importedSlugs().size());
        } else {
            messages.error(null, FacesMessage.SEVERITY_ERROR, "desk.import.nothingWritten", report.errors().size());
        }
    }

    private void summarise() {
        if (report.hasErrors()) {
            messages.error(null, FacesMessage.SEVERITY_ERROR, "desk.import.hasErrors", report.errors().size());
        } else {
            messages.info(null, "desk.import.ready", report.entries());
        }
    }

    private UploadedFile file() {
        return new UploadedFile(fileName, content);
    }

    private static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Whether the checked file may be imported now: read, and without any error. */
    public boolean isImportable() {
        return content != null && report != null && !report.hasErrors();
    }

    /** Whether the editor should be offered to create organisations the file names. */
    public boolean isOfferingOrganisations() {
        return content != null && report != null && !report.newOrganisations().isEmpty();
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public long getMaxBytes() {
        return importer.maxBytes();
    }

    /** The browser's message for a file over the limit; it puts the file's size in MB for "{0}". */
    public String getTooLargeInBrowserMessage() {
        return messages.text("desk.import.tooLargeInBrowser", "{0}", importer.maxBytes() / 1048576);
    }

    public int getMaxEntries() {
        return importer.maxEntries();
    }

    public Long getRefusedBytes() {
        return refusedBytes;
    }

    public void setRefusedBytes(Long refusedBytes) {
        this.refusedBytes = refusedBytes;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public boolean isCreateOrganisations() {
        return createOrganisations;
    }

    public void setCreateOrganisations(boolean createOrganisations) {
        this.createOrganisations = createOrganisations;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportReport getReport() {
        return report;
    }

    public List<EntrySummary> getImported() {
        return imported;
    }
}
