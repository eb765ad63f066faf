package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EntryDetails;
import org.projectdesk.persistence.entry.UnknownEntryException;

import java.util.Optional;

/** Loads the entry a desk page's address names ({@code ?id=…}), or answers 404 when it names none. */
@ApplicationScoped
public class DeskEntries {

    @Inject
    private EditorialQueries queries;

    @Inject
    private DeskNavigation navigation;

    /** The entry's details; empty, after answering 404, when the id is missing or names no entry. */
    public Optional<EntryDetails> detailsOrNotFound(Long id) {
        try {
            if (id != null) {
                return Optional.of(queries.details(id));
            }
        } catch (UnknownEntryException e) {
            // answered below
        }
        navigation.notFound();
        return Optional.empty();
    }
}
