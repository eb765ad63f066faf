package org.projectdesk.domain.shared;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/** A labelled link to an http or https address, e.g. the project's website. */
@Embeddable
public class WebLink implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_URL_LENGTH = 2000;

    @Column(name = "url", length = MAX_URL_LENGTH, nullable = false)
    private String url;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "label_en", length = 500)),
            @AttributeOverride(name = "fr", column = @Column(name = "label_fr", length = 500)),
            @AttributeOverride(name = "ru", column = @Column(name = "label_ru", length = 500))
    })
    private LocalizedText label;

    protected WebLink() {
        // for Jakarta Persistence
    }

    private WebLink(LocalizedText label, String url) {
        if (label == null) {
            throw new InvalidValueException("links", "error.link.labelRequired", "A link needs a label.");
        }
        this.label = label;
        this.url = checkedUrl(url);
    }

    public static WebLink of(LocalizedText label, String url) {
        return new WebLink(label, url);
    }

    public static WebLink of(String englishLabel, String url) {
        return new WebLink(LocalizedText.of(englishLabel), url);
    }

    private static String checkedUrl(String url) {
        String candidate = url == null ? "" : url.strip();
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && candidate.length() <= MAX_URL_LENGTH) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            // reported below, with the same message as any other unusable address
        }
        throw new InvalidValueException("links", "error.link.invalidUrl",
                "\"{0}\" is not a web address: it must start with http:// or https:// and name a host.", url);
    }

    public String url() {
        return url;
    }

    public LocalizedText label() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WebLink that && url.equals(that.url) && label.equals(that.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, label);
    }

    @Override
    public String toString() {
        return label + " <" + url + ">";
    }
}
