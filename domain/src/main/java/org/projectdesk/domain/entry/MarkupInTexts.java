package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.MarkupLike;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The texts of a content that look like HTML or script ({@link MarkupLike}): per field and
 * language, the first such part. They are kept and shown as text; the desk and the import warn.
 */
public final class MarkupInTexts {

    /** One text that looks like markup. */
    public record Found(ContentField field, Language language, String fragment) {
    }

    private MarkupInTexts() {
    }

    public static List<Found> in(ProjectContent content) {
        List<Found> found = new ArrayList<>();
        for (ContentField field : ContentField.values()) {
            for (Language language : Language.values()) {
                field.textsIn(content).map(text -> text.in(language).flatMap(MarkupLike::in))
                        .flatMap(Optional::stream).findFirst()
                        .ifPresent(fragment -> found.add(new Found(field, language, fragment)));
            }
        }
        content.acronym().flatMap(MarkupLike::in)
                .ifPresent(fragment -> found.add(new Found(ContentField.ACRONYM, Language.EN, fragment)));
        return List.copyOf(found);
    }
}
