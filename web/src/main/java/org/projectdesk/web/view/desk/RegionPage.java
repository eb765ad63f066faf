package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.reference.RegionChangedMeanwhileException;
import org.projectdesk.persistence.reference.RegionService;
import org.projectdesk.persistence.reference.RegionView;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.DeskNavigation;
import org.projectdesk.web.desk.RegionForm;

import java.io.Serializable;

/**
 * Backs {@code /desk/region?id=…} (admins only): one region's names and member countries. A save
 * after someone else's is refused: the page keeps the input and shows their version; saving again
 * then replaces it knowingly.
 */
@Named
@ViewScoped
public class RegionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegionService regionService;

    @Inject
    private DeskMessages messages;

    @Inject
    private DeskSteps steps;

    @Inject
    private DeskNavigation navigation;

    private Long id;
    private RegionView region;
    private RegionForm form;
    /** What someone else saved meanwhile, when this administrator's save was refused for it. */
    private RegionView theirs;

    public void load() {
        region = navigation.lookUp(id, () -> regionService.find(id)).orElse(null);
        if (region == null) {
            return;
        }
        form = RegionForm.of(region);
    }

    public void save() {
        form.clearProblems();
        theirs = null;
        steps.of(() -> regionService.change(id, region.version(), form.getName().toText(), form.memberCodes()))
                .onRefusal(InvalidValueException.class, refusal -> form.refused(refusal, messages.text(refusal)))
                .onRefusal(RegionChangedMeanwhileException.class, refusal -> {
                    theirs = regionService.find(id);
                    region = theirs;
                    messages.error(null, refusal);
                })
                .run(saved -> steps.redirect("/desk/region?id=" + id, "desk.region.saved"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RegionView getRegion() {
        return region;
    }

    public RegionForm getForm() {
        return form;
    }

    public RegionView getTheirs() {
        return theirs;
    }
}
