package org.projectdesk.web.desk;

import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.persistence.reference.OrganisationView;

/**
 * What an organisation form holds while an administrator edits it (names per language, acronym,
 * kind, website, and the address name of a new one), and the refusals shown next to its fields.
 */
public class OrganisationForm extends FieldProblems {

    private static final long serialVersionUID = 1L;

    private TextField name = new TextField();
    private String acronym;
    private OrganisationKind kind;
    private String website;
    private String slug;

    public static OrganisationForm of(OrganisationView organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = TextField.of(organisation.name());
        form.acronym = organisation.acronym();
        form.kind = organisation.kind();
        form.website = organisation.website();
        form.slug = organisation.slug();
        return form;
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
