package org.projectdesk.web.desk;

import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.reference.OrganisationView;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What an organisation form holds while an administrator edits it (names per language, acronym,
 * kind, website, and the address name of a new one), and the refusals shown next to its fields.
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private TextField name = new TextField();
    private String acronym;
    private OrganisationKind kind;
    private String website;
    private String slug;
    private final Map<String, String> problems = new HashMap<>();

    public static OrganisationForm of(OrganisationView organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = TextField.of(organisation.name());
        form.acronym = organisation.acronym();
        form.kind = organisation.kind();
        form.website = organisation.website();
        form.slug = organisation.slug();
        return form;
    }

    /** Records a refused value next to its field (a translation without English: next to the name). */
    public void refused(InvalidValueException refusal, String text) {
        problems.put("en".equals(refusal.field()) ? "name" : refusal.field(), text);
    }

    public void clearProblems() {
        problems.clear();
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public TextField getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
