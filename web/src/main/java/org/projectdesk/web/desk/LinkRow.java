package org.projectdesk.web.desk;

import org.projectdesk.domain.shared.WebLink;

import java.io.Serializable;

/** One link line of the entry form: the address and its label per language. */
public class LinkRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;
    private TextField label = new TextField();

    public static LinkRow of(WebLink link) {
        LinkRow row = new LinkRow();
        row.url = link.url();
        row.label = TextField.of(link.label());
        return row;
    }

    public boolean isEmpty() {
        return (url == null || url.isBlank()) && label.isEmpty();
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public TextField getLabel() {
        return label;
    }
}
