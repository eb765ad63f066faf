package org.projectdesk.web.desk;

import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.persistence.reference.RegionView;

import java.util.ArrayList;
import java.util.List;

/**
 * What a region form holds while an administrator edits it (names per language, member
 * countries, and the code of a new one), and the refusals shown next to its fields.
 */
public class RegionForm extends FieldProblems {

    private static final long serialVersionUID = 1L;

    private TextField name = new TextField();
    private List<String> members = new ArrayList<>();
    private String code;

    public static RegionForm of(RegionView region) {
        RegionForm form = new RegionForm();
        form.name = TextField.of(region.name());
        form.members = new ArrayList<>(region.members());
        form.code = region.code();
        return form;
    }

    /** The chosen member countries. */
    public List<CountryCode> memberCodes() {
        return members.stream().map(CountryCode::of).toList();
    }

    public TextField getName() {
        return name;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
