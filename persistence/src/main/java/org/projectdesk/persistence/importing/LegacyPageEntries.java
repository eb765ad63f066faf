package org.projectdesk.persistence.importing;

import org.projectdesk.domain.entry.MarkupInTexts;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.SlugAllocator;
import org.projectdesk.domain.importing.ImportProblem;
import org.projectdesk.domain.importing.ImportedProject;
import org.projectdesk.domain.importing.LegacyPageImport;
import org.projectdesk.domain.importing.LegacyPageReader;
import org.projectdesk.domain.importing.OrganisationMention;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Slug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a legacy "Ongoing Projects" page text with the {@link LegacyPageReader} into candidates:
 * the reader's problems become the report's (a section is an entry), and each project's slug and
 * organisations are checked against what is stored.
 */
final class LegacyPageEntries {

    private final ImportReading reading;
    private final int maxEntries;
    private int entryCount;

    LegacyPageEntries(ImportReading reading, int maxEntries) {
        this.reading = reading;
        this.maxEntries = maxEntries;
    }

    int entryCount() {
        return entryCount;
    }

    List<Candidate> read(String text) {
        LegacyPageImport page = new LegacyPageReader().read(text);
        entryCount = page.sections();
        Map<Integer, String> titles = new HashMap<>();
        page.projects().forEach(project -> titles.put(project.section(), project.title()));
        for (ImportProblem problem : page.problems()) {
            reading.add(new ImportIssue(problem.isError() ? ImportIssue.Severity.ERROR : ImportIssue.Severity.WARNING,
                    problem.section(), titles.getOrDefault(problem.section(), ""), problem.field(), problem.line(),
                    problem.messageKey(), problem.message(), problem.arguments()));
        }
        if (page.sections() > maxEntries) {
            reading.error(0, "", "page", 1, "file.tooManyEntries",
                    "The file holds {0} entries; at most {1} can be imported at once. Split it into smaller files.",
                    page.sections(), maxEntries);
            return List.of();
        }
        Set<Slug> handedOut = new HashSet<>();
        SlugAllocator allocator = new SlugAllocator(slug -> handedOut.contains(slug) || reading.references().entrySlugTaken(slug));
        List<Candidate> candidates = new ArrayList<>();
        for (ImportedProject project : page.projects()) {
            candidate(project, handedOut, allocator).ifPresent(candidates::add);
        }
        return candidates;
    }

    private Optional<Candidate> candidate(ImportedProject project, Set<Slug> handedOut, SlugAllocator allocator) {
        int entry = project.section();
        String label = project.title();
        Map<OrganisationMention, Organisation> organisations = new HashMap<>();
        boolean ok = true;
        for (OrganisationMention mention : project.organisations()) {
            Optional<Slug> slug;
            try {
                slug = Optional.of(mention.organisationSlug());
            } catch (InvalidValueException e) {
                reading.refused(entry, label, "organisations", project.titleLine(), e);
                ok = false;
                continue;
            }
            Optional<Organisation> organisation = reading.organisation(entry, label, "organisations",
                    project.titleLine(), slug, mention.acronym(), mention.name(), mention::newOrganisation);
            if (organisation.isPresent()) {
                organisations.put(mention, organisation.get());
            } else {
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        ProjectContent content;
        try {
            content = project.toContent(organisations::get);
        } catch (InvalidValueException e) {
            reading.refused(entry, label, e.field(), project.titleLine(), e);
            return Optional.empty();
        }
        for (MarkupInTexts.Found found : MarkupInTexts.in(content)) {
            reading.warning(entry, label, found.field().key(), project.titleLine(), "text.looksLikeMarkup",
                    "This text contains what looks like HTML or script (\"{0}\"); it will be shown as plain text, as written.",
                    found.fragment());
        }
        Slug slug = project.suggestedSlug();
        if (slug == null) {
            slug = allocator.allocateFor(content);
        } else if (handedOut.contains(slug)) {
            reading.error(entry, label, "slug", project.titleLine(), "slug.duplicateInFile",
                    "Two projects of the page would get the slug \"{0}\"; give one of them another acronym.", slug.value());
            return Optional.empty();
        } else if (reading.references().entrySlugTaken(slug)) {
            reading.error(entry, label, "slug", project.titleLine(), "slug.taken",
                    "The slug \"{0}\" is already taken by an entry: this project seems to be imported already.", slug.value());
            return Optional.empty();
        }
        handedOut.add(slug);
        return Optional.of(new Candidate(entry, slug, content));
    }
}
