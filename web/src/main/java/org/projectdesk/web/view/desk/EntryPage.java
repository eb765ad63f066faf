package org.projectdesk.web.view.desk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.entry.FieldChange;
import org.projectdesk.domain.entry.NotReadyForReviewException;
import org.projectdesk.domain.entry.ReadinessProblem;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.entry.EditConflictException;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryDetails;
import org.projectdesk.persistence.entry.EntryRef;
import org.projectdesk.persistence.reference.OrganisationService;
import org.projectdesk.persistence.reference.OrganisationView;
import org.projectdesk.persistence.reference.ReferenceData;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskNavigation;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.EntryForm;
import org.projectdesk.web.security.DeskUser;
import org.projectdesk.web.desk.OrganisationForm;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Backs {@code /desk/entry} (a new entry) and {@code /desk/entry?id=…} (an entry's open draft, or
 * its published revision with the offer to edit it). Keeps what was typed in the form whatever the
 * services say; shows refusals next to their fields, and, when someone else saved meanwhile, what
 * differs.
 */
@Named
@ViewScoped
public class EntryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EditorialService editorial;

    @Inject
    private EditorialQueries queries;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private DeskMessages messages;

    @Inject
    private DeskNavigation navigation;

    @Inject
    private DeskSteps steps;

    @Inject
    private DeskUser user;

    @Inject
    private OrganisationService organisationService;

    private Long id;
    private EntryDetails details;
    private EntryForm form;
    private long version;
    private List<Organisation> organisations;
    private List<Region> regions;
    private final Map<String, String> problems = new LinkedHashMap<>();
    private EditConflictException conflict;
    private OrganisationForm newOrganisation = new OrganisationForm();
    private List<OrganisationView> resembling = List.of();

    public void load() {
        organisations = referenceData.organisations();
        regions = referenceData.regions();
        if (id == null) {
            form = EntryForm.blank();
            return;
        }
        details = navigation.lookUp(id, () -> queries.details(id)).orElse(null);
        if (details == null) {
            return;
        }
        version = details.version();
        form = EntryForm.of(details.content());
    }

    // --- actions ---

    /** Saves the form: a new entry, or the open draft (refused if someone saved it meanwhile). */
    public String save() {
        EntryForm.Result result = judgedForm();
        if (!result.isValid()) {
            return null;
        }
        if (id == null) {
            refusalsOf(steps.of(() -> editorial.create(result.content(), form.getSlug())))
                    .run(created -> steps.redirect("/desk/entry?id=" + created.id(), "desk.entry.created", created.slug()));
        } else {
            refusalsOf(steps.of(() -> editorial.saveDraft(id, version, result.content()))).run(saved -> {
                conflict = null;
                refreshKeepingForm(saved);
                messages.info(null, "desk.entry.saved");
            });
        }
        return null;
    }

    /** After a conflict: saves what this person typed over what is stored, knowing what it replaces. */
    public String keepMine() {
        if (conflict != null && conflict.currentVersion() >= 0) {
            version = conflict.currentVersion();
        }
        return save();
    }

    /** After a conflict: drops what this person typed and shows what is stored. */
    public void takeTheirs() {
        refresh();
        form = EntryForm.of(details.content());
        conflict = null;
        problems.clear();
    }

    /** Saves the form if it changed, then sends the draft to the reviewers. */
    public String submit() {
        if (id != null && saveIfChanged()) {
            act(() -> editorial.submitForReview(id, version), "desk.entry.submitted");
        }
        return null;
    }

    public String withdraw() {
        act(() -> editorial.withdrawFromReview(id, version), "desk.entry.withdrawn");
        return null;
    }

    /** Opens a new draft from the published revision (which stays online) and edits it. */
    public String startRevision() {
        act(() -> editorial.startRevision(id, version), "desk.entry.revisionStarted");
        return null;
    }

    private boolean saveIfChanged() {
        EntryForm.Result result = judgedForm();
        if (!result.isValid()) {
            return false;
        }
        if (result.content().equals(details.content())) {
            return true;
        }
        return refusalsOf(steps.of(() -> editorial.saveDraft(id, version, result.content())))
                .run(this::refreshKeepingForm);
    }

    /** A workflow step on the entry; refused, the page shows why and what is stored now. */
    private void act(Supplier<EntryRef> step, String doneKey) {
        refusalsOf(steps.of(step))
                .onRefusal(NotReadyForReviewException.class, refusal -> {
                    for (ReadinessProblem problem : refusal.problems()) {
                        problems.putIfAbsent(problem.field(), messages.text(problem.messageKey()));
                    }
                    messages.error(null, refusal);
                })
                .afterRefusal(this::refresh)
                .run(done -> steps.redirect("/desk/entry?id=" + id, doneKey));
    }

    /** How this page shows a refused save or step: a conflict beside the form, a refused value next to its field. */
    private <T> DeskSteps.Step<T> refusalsOf(DeskSteps.Step<T> step) {
        return step
                .onRefusal(EditConflictException.class, refusal -> {
                    conflict = refusal;
                    if (isConflictMine()) {
                        messages.error(null, FacesMessage.SEVERITY_ERROR, "desk.conflict.mineMessage");
                    } else {
                        messages.error(null, refusal);
                    }
                    // the status line tells the version now stored; the form keeps what was typed
                    details = queries.details(id);
                })
                .onRefusal(InvalidValueException.class, refusal -> {
                    problems.put(refusal.field(), messages.text(refusal));
                    messages.error(null, refusal);
                });
    }

    // --- an organisation missing from the list ---

    /**
     * Adds the organisation typed under "not in the list?" and names it in the entry; when its name
     * or acronym is close to an organisation that exists, offers that one first ({@link #getResembling}).
     */
    public void addOrganisation() {
        newOrganisation.clearProblems();
        String english = newOrganisation.getName().getEn();
        if (english != null && !english.isBlank()) {
            resembling = organisationService.resembling(LocalizedText.of(newOrganisation.getName().getEn(),
                    newOrganisation.getName().getFr(), newOrganisation.getName().getRu()), newOrganisation.getAcronym());
            if (!resembling.isEmpty()) {
                return;
            }
        }
        addOrganisationAnyway();
    }

    /** Adds the typed organisation although it resembles one that exists. */
    public void addOrganisationAnyway() {
        newOrganisation.clearProblems();
        steps.of(() -> organisationService.register(null, newOrganisation.getName().toText(),
                        newOrganisation.getAcronym(), newOrganisation.getKind(), newOrganisation.getWebsite()))
                .onRefusal(InvalidValueException.class,
                        refusal -> newOrganisation.refused(refusal, messages.text(refusal)))
                .run(added -> {
                    organisations = referenceData.organisations();
                    form.useOrganisation(added.id());
                    newOrganisation = new OrganisationForm();
                    resembling = List.of();
                    messages.info(null, "desk.entry.organisationAdded", added.name().english());
                });
    }

    /** Names an existing organisation the person recognised among the close ones, instead of adding one. */
    public void useExisting(long organisationId) {
        form.useOrganisation(organisationId);
        newOrganisation = new OrganisationForm();
        resembling = List.of();
    }

    public OrganisationForm getNewOrganisation() {
        return newOrganisation;
    }

    public List<OrganisationView> getResembling() {
        return resembling;
    }

    // --- list editing (the form keeps everything typed) ---

    public void addRow(String field) {
        form.addRow(field);
    }

    public void removeRow(String field, int index) {
        form.removeRow(field, index);
    }

    public void moveUp(String field, int index) {
        form.moveUp(field, index);
    }

    public void moveDown(String field, int index) {
        form.moveDown(field, index);
    }

    // --- helpers ---

    private EntryForm.Result judgedForm() {
        problems.clear();
        Map<Long, Organisation> byId = organisations.stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<Long, Region> regionsById = regions.stream().collect(Collectors.toMap(Region::id, Function.identity()));
        EntryForm.Result result = form.toContent(byId::get, regionsById::get);
        result.problems().forEach((field, refusal) -> problems.put(field, messages.text(refusal)));
        if (!result.isValid()) {
            messages.error(null, FacesMessage.SEVERITY_ERROR, "desk.entry.fixFields");
        }
        return result;
    }

    private void refresh() {
        details = queries.details(id);
        version = details.version();
    }

    private void refreshKeepingForm(EntryRef saved) {
        details = queries.details(saved.id());
        version = saved.version();
    }

    // --- for the view ---

    public boolean isNew() {
        return id == null;
    }

    /** The form can be edited: a new entry, or an open DRAFT the person may edit. */
    public boolean isEditable() {
        return id == null || details.allows(WorkflowAction.EDIT);
    }

    public boolean allows(String action) {
        return details != null && details.allows(WorkflowAction.valueOf(action));
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    /** A chosen country's name, beside its share. */
    public String countryName(String code) {
        return CountryCode.of(code).displayName(Language.EN);
    }

    public boolean missing(String field, Language language) {
        return form.missing(field, language);
    }

    public List<FieldChange> getConflictChanges() {
        return conflict == null ? List.of() : conflict.changes();
    }

    /** Whether the conflicting change was this person's own, saved in another window or tab. */
    public boolean isConflictMine() {
        return conflict != null && user.getName() != null && user.getName().equalsIgnoreCase(conflict.changedBy());
    }

    public EditConflictException getConflict() {
        return conflict;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EntryDetails getDetails() {
        return details;
    }

    public EntryForm getForm() {
        return form;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public List<Region> getRegions() {
        return regions;
    }

    public long getVersion() {
        return version;
    }
}
