package org.projectdesk.persistence.publicview.search;

import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts of a published revision that full-text search looks at in one language, apart from
 * the title: each resolved to that language or English. The index writes them
 * ({@link PublishedRevisionBinder}) and the highlighter reads them ({@link Highlighter}).
 */
public final class IndexedTexts {

    private IndexedTexts() {
    }

    public static List<String> of(ProjectContent content, Language language) {
        List<String> texts = new ArrayList<>();
        content.objective().ifPresent(text -> texts.add(resolve(text, language)));
        content.thematicArea().ifPresent(text -> texts.add(resolve(text, language)));
        content.specificObjectives().forEach(text -> texts.add(resolve(text, language)));
        content.subAreas().forEach(text -> texts.add(resolve(text, language)));
        content.targetGroups().forEach(text -> texts.add(resolve(text, language)));
        content.finalBeneficiaries().forEach(text -> texts.add(resolve(text, language)));
        for (Participation participation : content.participations()) {
            texts.add(participation.organisation().displayName(language));
            participation.fundingInstrument().ifPresent(texts::add);
        }
        for (CountryCode code : content.countries()) {
            texts.add(code.displayName(language));
        }
        content.region().ifPresent(region -> texts.add(resolve(region.name(), language)));
        content.notes().ifPresent(text -> texts.add(resolve(text, language)));
        return texts;
    }

    private static String resolve(LocalizedText text, Language language) {
        return text.resolve(language).text();
    }
}
