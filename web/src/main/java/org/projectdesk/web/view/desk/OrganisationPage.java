package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.reference.OrganisationChangedMeanwhileException;
import org.projectdesk.persistence.reference.OrganisationService;
import org.projectdesk.persistence.reference.OrganisationView;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.DeskNavigation;
import org.projectdesk.web.desk.OrganisationForm;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /desk/organisation?id=…} (admins only): one organisation's names, acronym, kind and
 * website. A save after someone else's is refused: the page keeps the input and shows their version;
 * saving again then replaces it knowingly. Named apart from the public organisation page's bean.
 */
@Named("deskOrganisationPage")
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private DeskMessages messages;

    @Inject
    private DeskSteps steps;

    @Inject
    private DeskNavigation navigation;

    private Long id;
    private OrganisationView organisation;
    private OrganisationForm form;
    /** What someone else saved meanwhile, when this administrator's save was refused for it. */
    private OrganisationView theirs;
    private transient List<OrganisationView> others;

    /** The organisation to merge this one into, and whether the administrator confirmed it. */
    private Long mergeInto;
    private boolean mergeConfirmed;
    private String mergeProblem;

    public void load() {
        organisation = navigation.lookUp(id, () -> organisationService.find(id)).orElse(null);
        if (organisation == null) {
            return;
        }
        form = OrganisationForm.of(organisation);
    }

    /** Merges this organisation into the chosen one; the page of the one kept then says what moved. */
    public void merge() {
        mergeProblem = null;
        if (mergeInto == null) {
            mergeProblem = messages.text("desk.organisation.mergeChoose");
            return;
        }
        if (!mergeConfirmed) {
            mergeProblem = messages.text("desk.organisation.mergeConfirmRequired");
            return;
        }
        String merged = organisation.name().english();
        steps.of(() -> organisationService.merge(id, mergeInto))
                .onRefusal(InvalidValueException.class, refusal -> mergeProblem = messages.text(refusal))
                .run(kept -> steps.redirect("/desk/organisation?id=" + kept.id(), "desk.organisation.merged",
                        merged, kept.name().english(), kept.entries()));
    }

    /** Every other organisation, to merge this one into. */
    public List<OrganisationView> getOthers() {
        if (others == null) {
            others = organisationService.list().stream().filter(other -> other.id() != organisation.id()).toList();
        }
        return others;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public boolean isMergeConfirmed() {
        return mergeConfirmed;
    }

    public void setMergeConfirmed(boolean mergeConfirmed) {
        this.mergeConfirmed = mergeConfirmed;
    }

    public String getMergeProblem() {
        return mergeProblem;
    }

    public void save() {
        form.clearProblems();
        theirs = null;
        steps.of(() -> organisationService.change(id, organisation.version(), form.getName().toText(),
                        form.getAcronym(), form.getKind(), form.getWebsite()))
                .onRefusal(InvalidValueException.class, refusal -> form.refused(refusal, messages.text(refusal)))
                .onRefusal(OrganisationChangedMeanwhileException.class, refusal -> {
                    theirs = organisationService.find(id);
                    organisation = theirs;
                    messages.error(null, refusal);
                })
                .run(saved -> steps.redirect("/desk/organisation?id=" + id, "desk.organisation.saved"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public OrganisationView getTheirs() {
        return theirs;
    }
}
