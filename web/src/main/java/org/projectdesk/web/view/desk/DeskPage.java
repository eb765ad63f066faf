package org.projectdesk.web.view.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.entry.TranslationStatus;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.entry.DecisionView;
import org.projectdesk.persistence.entry.DeskView;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EntrySummary;
import org.projectdesk.web.security.DeskUser;

import java.util.List;

/**
 * Backs {@code /desk}: for a reviewer, the revisions waiting for review and their own latest
 * decisions first; for an editor, their drafts, drafts sent back to them with the reviewer's
 * comment, what is in review, what was published lately, and a search over all entries
 * ({@code /desk?q=…&state=…&outdated=FR}, a plain GET so that a search can be bookmarked).
 */
@Named
@RequestScoped
public class DeskPage {

    @Inject
    private EditorialQueries queries;

    @Inject
    private DeskUser user;

    private String query;
    private RevisionState state;
    private Language outdated;
    private DeskView desk;
    private List<EntrySummary> results;
    private List<DecisionView> decisions = List.of();

    public void load() {
        desk = queries.desk();
        if (user.isReviewer()) {
            decisions = queries.recentDecisions();
        }
        if (isSearching()) {
            results = queries.search(query, state, outdated);
        }
    }

    public boolean isSearching() {
        return (query != null && !query.isBlank()) || state != null || outdated != null;
    }

    public DeskView getDesk() {
        return desk;
    }

    /** The signed-in reviewer's latest decisions (empty for people who do not review). */
    public List<DecisionView> getDecisions() {
        return decisions;
    }

    public List<EntrySummary> getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public RevisionState getState() {
        return state;
    }

    public void setState(RevisionState state) {
        this.state = state;
    }

    /** The language whose outdated translations the search looks for, if any. */
    public Language getOutdated() {
        return outdated;
    }

    public void setOutdated(Language outdated) {
        this.outdated = outdated;
    }

    /** The languages a translation can be outdated in. */
    public List<Language> getTranslationLanguages() {
        return List.copyOf(TranslationStatus.translations());
    }
}
