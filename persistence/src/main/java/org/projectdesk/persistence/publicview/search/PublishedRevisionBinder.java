package org.projectdesk.persistence.publicview.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.MonthRange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Writes an entry's <em>published</em> revision into the project index (never a draft): per
 * language its title and every other text field (objectives, areas, target groups, beneficiaries,
 * organisation names, country and region names, thematic area, notes), each resolved to that
 * language or English, analysed with that language's analyzer; the acronym; and the facet fields.
 * <p>
 * Its only dependencies are {@code publishedRevision} and {@code slug}: a published revision's
 * content never changes (edits go to a new draft), so the document changes exactly when another
 * revision is published or the entry is unpublished. Renaming an organisation or a region is not
 * followed automatically; {@link SearchIndex#rebuild()} brings such changes in.
 */
public class PublishedRevisionBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("publishedRevision").use("slug");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();

        var keyword = types.asString().searchable(Searchable.YES).aggregable(Aggregable.YES).toIndexFieldType();
        var date = types.asLocalDate().searchable(Searchable.YES).sortable(Sortable.YES).aggregable(Aggregable.YES).toIndexFieldType();
        var year = types.asInteger().searchable(Searchable.YES).aggregable(Aggregable.YES).toIndexFieldType();
        var instant = types.asInstant().sortable(Sortable.YES).toIndexFieldType();
        var acronym = types.asString().analyzer(SearchAnalysis.ACRONYM).toIndexFieldType();

        Map<Language, LanguageFields> languages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            // not stored: WildFly's Lucene module has no highlighter, so Highlighter marks matches from the entity
            var text = types.asString().analyzer(SearchAnalysis.analyzer(language)).toIndexFieldType();
            var sort = types.asString().normalizer(SearchAnalysis.SORT).sortable(Sortable.YES).toIndexFieldType();
            languages.put(language, new LanguageFields(
                    schema.field(ProjectIndex.title(language), text).toReference(),
                    schema.field(ProjectIndex.text(language), text).multiValued().toReference(),
                    schema.field(ProjectIndex.titleSort(language), sort).toReference()));
        }
        context.bridge(ProjectEntry.class, new Bridge(
                schema.field(ProjectIndex.ACRONYM, acronym).toReference(),
                schema.field(ProjectIndex.COUNTRY, keyword).multiValued().toReference(),
                schema.field(ProjectIndex.REGION, keyword).toReference(),
                schema.field(ProjectIndex.DONOR, keyword).multiValued().toReference(),
                schema.field(ProjectIndex.IMPLEMENTER, keyword).multiValued().toReference(),
                schema.field(ProjectIndex.PARTICIPANT, keyword).multiValued().toReference(),
                schema.field(ProjectIndex.LEAD, keyword).toReference(),
                schema.field(ProjectIndex.START_MONTH, date).toReference(),
                schema.field(ProjectIndex.END_MONTH, date).toReference(),
                schema.field(ProjectIndex.START_YEAR, year).toReference(),
                schema.field(ProjectIndex.END_YEAR, year).toReference(),
                schema.field(ProjectIndex.PUBLISHED_AT, instant).toReference(),
                languages));
    }

    private record LanguageFields(IndexFieldReference<String> title, IndexFieldReference<String> text,
                                  IndexFieldReference<String> titleSort) {
    }

    private record Bridge(IndexFieldReference<String> acronym,
                          IndexFieldReference<String> country,
                          IndexFieldReference<String> region,
                          IndexFieldReference<String> donor,
                          IndexFieldReference<String> implementer,
                          IndexFieldReference<String> participant,
                          IndexFieldReference<String> lead,
                          IndexFieldReference<LocalDate> startMonth,
                          IndexFieldReference<LocalDate> endMonth,
                          IndexFieldReference<Integer> startYear,
                          IndexFieldReference<Integer> endYear,
                          IndexFieldReference<Instant> publishedAt,
                          Map<Language, LanguageFields> languages) implements TypeBridge<ProjectEntry> {

        @Override
        public void write(DocumentElement target, ProjectEntry entry, TypeBridgeWriteContext context) {
            if (entry.publishedRevision().isEmpty()) {
                return;
            }
            ProjectContent content = entry.publishedRevision().get().content();
            entry.publishedRevision().get().publishedAt().ifPresent(at -> target.addValue(publishedAt, at));
            content.acronym().ifPresent(value -> target.addValue(acronym, value));
            content.countries().forEach(code -> target.addValue(country, code.code()));
            content.region().ifPresent(r -> target.addValue(region, r.code().value()));
            Set<String> donors = new LinkedHashSet<>();
            Set<String> implementers = new LinkedHashSet<>();
            Set<String> participants = new LinkedHashSet<>();
            for (Participation participation : content.participations()) {
                String slug = participation.organisation().slug().value();
                participants.add(slug);
                if (participation.role() == ParticipationRole.DONOR) {
                    donors.add(slug);
                } else if (participation.role() == ParticipationRole.LEAD_IMPLEMENTER
                        || participation.role() == ParticipationRole.IMPLEMENTING_PARTNER) {
                    implementers.add(slug);
                }
            }
            donors.forEach(slug -> target.addValue(donor, slug));
            implementers.forEach(slug -> target.addValue(implementer, slug));
            participants.forEach(slug -> target.addValue(participant, slug));
            content.lead().ifPresent(organisation -> target.addValue(lead, organisation.slug().value()));
            content.duration().ifPresent(duration -> writeDuration(target, duration));
            languages.forEach((language, fields) -> writeTexts(target, content, language, fields));
        }

        private void writeDuration(DocumentElement target, MonthRange duration) {
            target.addValue(startMonth, duration.firstDay());
            target.addValue(endMonth, duration.end().atDay(1));
            target.addValue(startYear, duration.start().getYear());
            target.addValue(endYear, duration.end().getYear());
        }

        private static void writeTexts(DocumentElement target, ProjectContent content, Language language,
                                       LanguageFields fields) {
            String title = content.title().resolve(language).text();
            target.addValue(fields.title(), title);
            target.addValue(fields.titleSort(), title);
            IndexedTexts.of(content, language).forEach(text -> target.addValue(fields.text(), text));
        }
    }
}
