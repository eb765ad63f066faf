package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.reference.RegionService;
import org.projectdesk.persistence.reference.RegionView;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.RegionForm;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /desk/regions} (admins only): every region or programme with its members and how
 * many entries name it, and the form that defines a new one.
 */
@Named
@ViewScoped
public class RegionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegionService regionService;

    @Inject
    private DeskMessages messages;

    @Inject
    private DeskSteps steps;

    private List<RegionView> regions;
    private final RegionForm form = new RegionForm();

    public void load() {
        regions = regionService.list();
    }

    public void define() {
        form.clearProblems();
        steps.of(() -> regionService.define(form.getCode(), form.getName().toText(), form.memberCodes()))
                .onRefusal(InvalidValueException.class, refusal -> form.refused(refusal, messages.text(refusal)))
                .run(defined -> steps.redirect("/desk/regions", "desk.regions.defined", defined.name().english(),
                        defined.code()));
    }

    public List<RegionView> getRegions() {
        return regions;
    }

    public RegionForm getForm() {
        return form;
    }
}
