package org.projectdesk.persistence.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.LogText;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.persistence.entry.JpaProjectEntryRepository;
import org.projectdesk.persistence.reference.JpaOrganisationRepository;
import org.projectdesk.persistence.reference.JpaRegionRepository;
import org.projectdesk.persistence.reference.OrganisationLookup;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Bulk import of project entries by editors, from a JSON file in the API's shape or the text of a
 * legacy "Ongoing Projects" page. The whole file is checked before anything is written; a file
 * with any error writes nothing (all-or-nothing per file), and every imported entry is a new
 * DRAFT ({@link ProjectEntry#create}): nothing is published by an import.
 *
 * <p>Limits (server properties): {@code projectdesk.import.max-bytes} (default 2 MiB) and
 * {@code projectdesk.import.max-entries} (default 500).
 */
@Stateless
@DeclareRoles({"EDITOR", "REVIEWER", "ADMIN"})
public class EntryImport {

    private static final Logger LOG = Logger.getLogger(EntryImport.class.getName());

    @Inject
    @ConfigProperty(name = "projectdesk.import.max-bytes", defaultValue = "2097152")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "projectdesk.import.max-entries", defaultValue = "500")
    int maxEntries;

    @Resource
    SessionContext session;

    @Inject
    JpaProjectEntryRepository entries;

    @Inject
    JpaOrganisationRepository organisations;

    @Inject
    JpaRegionRepository regions;

    @Inject
    OrganisationLookup lookup;

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    /** Checks the file and reports every problem; writes nothing. */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public ImportReport check(UploadedFile file, boolean createOrganisations) {
        return analyse(file, createOrganisations).report();
    }

    /**
     * Checks the file and, only if it has no error at all, stores every entry as a new draft (and
     * the organisations it names that do not exist yet, if the editor agreed to create them).
     * Returns the report; {@link ImportReport#written()} says whether anything was stored.
     */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public ImportReport importFile(UploadedFile file, boolean createOrganisations) {
        // imports write one after the other, each checking its address names against what the one
        // before it stored: of two imports of the same names one wins, the other is told which are taken
        try {
            em.find(ImportLock.class, ImportLock.ONLY, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            ImportReading reading = new ImportReading(references(), createOrganisations);
            reading.error(0, "", "file", 1, "file.importBusy",
                    "Another import was being written for too long; nothing was imported. Import the file again in a moment.");
            return unreadable(file, reading).report();
        }
        Analysis analysis = analyse(file, createOrganisations);
        if (analysis.report().hasErrors()) {
            return analysis.report();
        }
        Actor by = caller();
        var at = Clock.systemUTC().instant();
        for (Organisation organisation : analysis.organisationsToCreate()) {
            organisations.store(organisation);
        }
        List<String> slugs = new ArrayList<>();
        for (Candidate candidate : analysis.candidates()) {
            entries.store(ProjectEntry.create(candidate.slug(), candidate.content(), by, at));
            slugs.add(candidate.slug().value());
        }
        LOG.info(() -> by + " imported " + slugs.size() + " drafts from " + LogText.of(file.name()) + " ("
                + analysis.organisationsToCreate().size() + " new organisations)");
        return analysis.report().asWritten(slugs);
    }

    /** The largest file accepted, in bytes. */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public long maxBytes() {
        return maxBytes;
    }

    /** The most entries one file may hold. */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public int maxEntries() {
        return maxEntries;
    }

    private record Analysis(ImportReport report, List<Candidate> candidates, List<Organisation> organisationsToCreate) {
    }

    private Analysis analyse(UploadedFile file, boolean createOrganisations) {
        ImportReading reading = new ImportReading(references(), createOrganisations);
        byte[] bytes = file.content();
        if (bytes.length > maxBytes) {
            reading.error(0, "", "file", 1, "file.tooLarge",
                    "The file has {0} bytes; at most {1} bytes ({2} MiB) can be imported at once. Split it into smaller files.",
                    bytes.length, maxBytes, maxBytes / (1024 * 1024));
            return unreadable(file, reading);
        }
        Optional<String> text = text(bytes, reading);
        if (text.isEmpty()) {
            return unreadable(file, reading);
        }
        String content = text.get();
        String start = content.stripLeading();
        List<Candidate> candidates;
        ImportReport.FileFormat format;
        int entryCount;
        if (start.startsWith("{") || start.startsWith("[")) {
            format = ImportReport.FileFormat.JSON;
            JsonEntryReader reader = new JsonEntryReader(reading, maxEntries);
            try {
                JsonNode root = LocatedJsonParser.parse(content, duplicate -> reading.error(0, "", duplicate.name(),
                        duplicate.line(), "file.duplicateMember",
                        "The field \"{0}\" is given twice in one object (line {1}).", duplicate.name(), duplicate.line()));
                candidates = reader.read(root);
            } catch (LocatedJsonParser.MalformedJsonException e) {
                unreadableJson(reading, e);
                candidates = List.of();
            }
            entryCount = reader.entryCount();
        } else {
            format = ImportReport.FileFormat.LEGACY_PAGE;
            LegacyPageEntries reader = new LegacyPageEntries(reading, maxEntries);
            candidates = reader.read(content);
            entryCount = reader.entryCount();
        }
        List<Organisation> toCreate = reading.hasErrors() ? List.of() : reading.organisationsToCreate();
        ImportReport report = new ImportReport(file.name(), format, entryCount, reading.issues(),
                reading.offeredOrganisations(), List.of(), false);
        return new Analysis(report, reading.hasErrors() ? List.of() : candidates, toCreate);
    }

    private static void unreadableJson(ImportReading reading, LocatedJsonParser.MalformedJsonException e) {
        switch (e.reason()) {
            case TOO_DEEP -> reading.error(0, "", "file", (int) e.line(), "file.nestedTooDeep",
                    "The file nests objects and lists more than {0} deep (at line {1}, column {2}); an import file needs far fewer.",
                    LocatedJsonParser.MAX_DEPTH, e.line(), e.column());
            case NUMBER_TOO_LONG -> reading.error(0, "", "file", (int) e.line(), "file.numberTooLong",
                    "The number at line {0}, column {1} is longer than {2} characters; numbers in an import are percentages such as 60 or 33.33.",
                    e.line(), e.column(), LocatedJsonParser.MAX_NUMBER_LENGTH);
            case SYNTAX -> reading.error(0, "", "file", (int) e.line(), "file.malformedJson",
                    "The file is not valid JSON: the text stops making sense at line {0}, column {1}.",
                    e.line(), e.column());
        }
    }

    private static Analysis unreadable(UploadedFile file, ImportReading reading) {
        return new Analysis(new ImportReport(file.name(), ImportReport.FileFormat.UNREADABLE, 0, reading.issues(),
                List.of(), List.of(), false), List.of(), List.of());
    }

    /** The file as UTF-8 text, or empty (reported) when it is empty, binary or not UTF-8. */
    private static Optional<String> text(byte[] bytes, ImportReading reading) {
        if (bytes.length == 0) {
            reading.error(0, "", "file", 1, "file.empty", "The file is empty: there is nothing to import.");
            return Optional.empty();
        }
        for (byte b : bytes) {
            if (b == 0) {
                reading.error(0, "", "file", 1, "file.binary",
                        "This is not a text file (it looks like a binary file such as an image or a spreadsheet). Upload a JSON file or the text of the legacy page.");
                return Optional.empty();
            }
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            String text = chars.toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            reading.error(0, "", "file", 1, "file.notUtf8",
                    "The file is not UTF-8 text (or is a binary file). Save it as UTF-8 and upload it again.");
            return Optional.empty();
        }
    }

    private References references() {
        return new References() {
            @Override
            public Optional<Organisation> organisationBySlug(Slug slug) {
                return lookup.bySlug(slug);
            }

            @Override
            public Optional<Organisation> organisationByAcronymOrName(String acronymOrName) {
                return lookup.byAcronymOrName(acronymOrName);
            }

            @Override
            public Optional<Region> region(Slug code) {
                return regions.findByCode(code);
            }

            @Override
            public boolean entrySlugTaken(Slug slug) {
                return entries.isSlugTaken(slug);
            }
        };
    }

    private Actor caller() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (session.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Actor(session.getCallerPrincipal().getName(), roles, false);
    }
}
