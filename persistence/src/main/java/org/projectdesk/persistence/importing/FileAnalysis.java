package org.projectdesk.persistence.importing;

import org.projectdesk.domain.reference.Organisation;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What an uploaded file holds, checked through and through without writing anything: the report,
 * and, when it has no error, the drafts the entries become and the organisations to create with
 * them. Reads JSON in the API's shape ({@link JsonEntryReader}) or a legacy page
 * ({@link LegacyPageEntries}), whichever the file is.
 *
 * @param candidates            the entries, each as the draft it becomes; empty when the report has errors
 * @param organisationsToCreate the organisations the file names that do not exist yet
 */
public record FileAnalysis(ImportReport report, List<Candidate> candidates, List<Organisation> organisationsToCreate) {

    /**
     * Reads and checks the file against what is stored.
     *
     * @param createOrganisations whether the editor agreed to create the organisations the file
     *                            names that do not exist yet (else each is an error)
     */
    public static FileAnalysis of(UploadedFile file, References references, boolean createOrganisations, long maxBytes,
                                  int maxEntries) {
        ImportReading reading = new ImportReading(references, createOrganisations);
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
        return new FileAnalysis(report, reading.hasErrors() ? List.of() : candidates, toCreate);
    }

    /** The report of an import that could not wait for the one being written before it. */
    static FileAnalysis busy(UploadedFile file, References references, boolean createOrganisations) {
        ImportReading reading = new ImportReading(references, createOrganisations);
        reading.error(0, "", "file", 1, "file.importBusy",
                "Another import was being written for too long; nothing was imported. Import the file again in a moment.");
        return unreadable(file, reading);
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

    private static FileAnalysis unreadable(UploadedFile file, ImportReading reading) {
        return new FileAnalysis(new ImportReport(file.name(), ImportReport.FileFormat.UNREADABLE, 0, reading.issues(),
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
}
