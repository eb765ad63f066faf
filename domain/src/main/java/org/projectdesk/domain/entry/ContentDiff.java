package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.WebLink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two contents, field by field and, for texts, language by language: what a
 * reviewer compares (the live revision against the one in review) and what an editor sees when
 * someone else saved the draft meanwhile. Lists are compared as a whole, one item per line, so a
 * reordering is a change too. Fields in the order of the public page.
 */
public final class ContentDiff {

    private static final String ITEM_SEPARATOR = "\n";

    private final List<FieldChange> changes;

    private ContentDiff(List<FieldChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /** The changes from {@code before} (null for a first revision, as if everything were empty) to {@code after}. */
    public static ContentDiff between(ProjectContent before, ProjectContent after) {
        Objects.requireNonNull(after, "after");
        List<FieldChange> changes = new ArrayList<>();
        Optional<ProjectContent> old = Optional.ofNullable(before);
        texts(changes, "title", old.map(ProjectContent::title), Optional.of(after.title()));
        plain(changes, "acronym", old.flatMap(ProjectContent::acronym).orElse(null), after.acronym().orElse(null));
        texts(changes, "thematicArea", old.flatMap(ProjectContent::thematicArea), after.thematicArea());
        texts(changes, "objective", old.flatMap(ProjectContent::objective), after.objective());
        textLists(changes, "specificObjectives", old.map(ProjectContent::specificObjectives), after.specificObjectives());
        textLists(changes, "subAreas", old.map(ProjectContent::subAreas), after.subAreas());
        textLists(changes, "targetGroups", old.map(ProjectContent::targetGroups), after.targetGroups());
        textLists(changes, "finalBeneficiaries", old.map(ProjectContent::finalBeneficiaries), after.finalBeneficiaries());
        plain(changes, "participations", old.map(c -> joined(c.participations(), ContentDiff::participation)).orElse(null),
                joined(after.participations(), ContentDiff::participation));
        plain(changes, "duration", old.flatMap(ProjectContent::duration).map(MonthRange::toString).orElse(null),
                after.duration().map(MonthRange::toString).orElse(null));
        plain(changes, "countries", old.map(c -> joined(c.countries(), CountryCode::code)).orElse(null),
                joined(after.countries(), CountryCode::code));
        plain(changes, "region", old.flatMap(ProjectContent::region).map(r -> r.name().english()).orElse(null),
                after.region().map(r -> r.name().english()).orElse(null));
        for (Language language : Language.values()) {
            String beforeLinks = old.map(c -> joined(c.links(), link -> link(link, language))).orElse(null);
            plain(changes, "links", language, beforeLinks, joined(after.links(), link -> link(link, language)));
        }
        texts(changes, "notes", old.flatMap(ProjectContent::notes), after.notes());
        return new ContentDiff(changes);
    }

    public List<FieldChange> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The names of the fields that changed, each once, in page order. */
    public List<String> changedFields() {
        return changes.stream().map(FieldChange::field).distinct().toList();
    }

    /** The changes of one field, language by language. */
    public List<FieldChange> of(String field) {
        return changes.stream().filter(change -> change.field().equals(field)).toList();
    }

    // --- comparing ---

    private static void texts(List<FieldChange> changes, String field, Optional<LocalizedText> before,
                              Optional<LocalizedText> after) {
        for (Language language : Language.values()) {
            plain(changes, field, language, before.flatMap(text -> text.in(language)).orElse(null),
                    after.flatMap(text -> text.in(language)).orElse(null));
        }
    }

    private static void textLists(List<FieldChange> changes, String field, Optional<List<LocalizedText>> before,
                                  List<LocalizedText> after) {
        for (Language language : Language.values()) {
            plain(changes, field, language,
                    before.map(items -> joined(items, item -> item.in(language).orElse(""))).orElse(null),
                    joined(after, item -> item.in(language).orElse("")));
        }
    }

    private static void plain(List<FieldChange> changes, String field, String before, String after) {
        plain(changes, field, null, before, after);
    }

    private static void plain(List<FieldChange> changes, String field, Language language, String before, String after) {
        String from = before == null ? "" : before;
        String to = after == null ? "" : after;
        if (!from.equals(to)) {
            changes.add(new FieldChange(field, language, from, to));
        }
    }

    private static <T> String joined(List<T> items, Function<T, String> text) {
        String joined = items.stream().map(text).collect(Collectors.joining(ITEM_SEPARATOR));
        return joined.isBlank() ? "" : joined;
    }

    private static String participation(Participation participation) {
        return participation.organisation().displayName(Language.EN) + " — " + participation.role()
                + participation.fundingInstrument().map(instrument -> " (" + instrument + ")").orElse("");
    }

    private static String link(WebLink link, Language language) {
        return link.label().in(language).map(label -> label + " <" + link.url() + ">").orElse("");
    }

    @Override
    public String toString() {
        return Collections.unmodifiableList(changes).toString();
    }
}
