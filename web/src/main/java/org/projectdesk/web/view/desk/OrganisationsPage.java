package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.reference.OrganisationService;
import org.projectdesk.persistence.reference.OrganisationView;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.OrganisationForm;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /desk/organisations} (admins only): every organisation with how many entries name
 * it, and the form that registers a new one (refusals next to the field, input kept).
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private DeskMessages messages;

    @Inject
    private DeskSteps steps;

    private List<OrganisationView> organisations;
    private final OrganisationForm form = new OrganisationForm();

    public void load() {
        organisations = organisationService.list();
    }

    public void register() {
        form.clearProblems();
        steps.of(() -> organisationService.register(form.getSlug(), form.getName().toText(), form.getAcronym(),
                        form.getKind(), form.getWebsite()))
                .onRefusal(InvalidValueException.class, refusal -> form.refused(refusal, messages.text(refusal)))
                .run(registered -> steps.redirect("/desk/organisations", "desk.organisations.registered",
                        registered.name().english(), registered.slug()));
    }

    public List<OrganisationView> getOrganisations() {
        return organisations;
    }

    public OrganisationForm getForm() {
        return form;
    }
}
