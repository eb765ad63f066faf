package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Slug;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Finds a free address name for a new entry: derived from its acronym, else its English title,
 * with {@code -2}, {@code -3} … added while taken; or checks one an editor chose.
 */
public final class SlugAllocator {

    /** Used when neither acronym nor title yields a slug (e.g. only Cyrillic letters). */
    static final Slug FALLBACK = Slug.of("project");
    private static final int MAX_SUFFIX = 10_000;

    private final Predicate<Slug> taken;

    /** @param taken whether a slug is already used (e.g. {@code repository::isSlugTaken}, plus slugs handed out in a batch) */
    public SlugAllocator(Predicate<Slug> taken) {
        this.taken = Objects.requireNonNull(taken, "taken");
    }

    public static SlugAllocator using(ProjectEntryRepository repository) {
        return new SlugAllocator(repository::isSlugTaken);
    }

    /** A free slug derived from the content's acronym (e.g. {@code ibm-loc-cap}), else from its English title. */
    public Slug allocateFor(ProjectContent content) {
        Slug base = content.acronym().flatMap(SlugAllocator::derivable)
                .or(() -> derivable(content.title().english()))
                .orElse(FALLBACK);
        return firstFree(base);
    }

    /** The explicitly chosen slug, or the derived one if none was chosen (null or blank). */
    public Slug allocate(String chosen, ProjectContent content) {
        return chosen == null || chosen.isBlank() ? allocateFor(content) : claim(Slug.of(chosen.strip()));
    }

    /** The chosen slug if it is free; refused with {@link DuplicateSlugException} if it is taken. */
    public Slug claim(Slug chosen) {
        if (taken.test(chosen)) {
            throw new DuplicateSlugException(chosen);
        }
        return chosen;
    }

    /** The base itself if free, else the first free of {@code base-2}, {@code base-3} … */
    public Slug firstFree(Slug base) {
        if (!taken.test(base)) {
            return base;
        }
        for (int suffix = 2; suffix <= MAX_SUFFIX; suffix++) {
            Slug candidate = base.withSuffix(suffix);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new DuplicateSlugException(base);
    }

    private static java.util.Optional<Slug> derivable(String text) {
        try {
            return java.util.Optional.of(Slug.from(text));
        } catch (InvalidValueException e) {
            return java.util.Optional.empty();
        }
    }
}
