package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.importing.ImportIssue;
import org.projectdesk.web.i18n.Messages;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import report in the reader's language: each problem's message from the bundles (its
 * {@code import.<rule>} key with the file's values), and each field by the label the entry form
 * gives it ("Countries, no. 2" for {@code countries[2]}), never the file's code name.
 */
@Named
@ApplicationScoped
public class ImportTexts {

    /** A path segment of a field: a name and, for a list's item, its number. */
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    /** The start or end month of the duration: the form labels them on their own. */
    private static final String DURATION_PART = "duration.";

    /** Names the file (or the legacy page) uses for what the form calls otherwise. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("leadImplementer", "field.leadAgency"),
            Map.entry("implementingPartners", "desk.import.fieldName.implementingPartners"),
            Map.entry("organisations", "field.participations"),
            Map.entry("regionCode", "field.region"),
            Map.entry("suggestedSlug", "field.slug"),
            Map.entry("websiteMentions", "field.links"),
            Map.entry("start", "desk.entry.startMonth"),
            Map.entry("end", "desk.entry.endMonth"),
            Map.entry("percentage", "field.countryShares"));

    /** The problem's message in the reader's language, with the file's values filled in. */
    public String message(ImportIssue issue) {
        ResourceBundle bundle = bundle();
        if (!bundle.containsKey(issue.messageKey())) {
            return issue.message();
        }
        Object[] arguments = issue.arguments().stream().map(argument -> argument(bundle, argument)).toArray();
        return new MessageFormat(bundle.getString(issue.messageKey()), bundle.getLocale()).format(arguments);
    }

    /** The field as the entry form labels it: {@code countries[2]} is "Countries, no. 2". */
    public String field(ImportIssue issue) {
        ResourceBundle bundle = bundle();
        String path = issue.field();
        if (path.startsWith(DURATION_PART)) {
            return label(bundle, path.substring(DURATION_PART.length()));
        }
        String label = null;
        for (String part : path.split("\\.")) {
            Matcher segment = SEGMENT.matcher(part);
            if (!segment.matches()) {
                return path;
            }
            String name = label == null ? label(bundle, segment.group(1)) : part(bundle, segment.group(1));
            label = label == null ? name : format(bundle, "desk.import.fieldPart", label, name);
            if (segment.group(2) != null) {
                label = format(bundle, "desk.import.fieldItem", label, segment.group(2));
            }
        }
        return label == null ? path : label;
    }

    private static String label(ResourceBundle bundle, String name) {
        for (String key : List.of(LABELS.getOrDefault(name, ""), "field." + name, "desk.import.fieldName." + name)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return name;
    }

    /** A part of a field: a language of a text, or a member such as {@code url}. */
    private static String part(ResourceBundle bundle, String name) {
        return Language.fromTag(name).filter(language -> language.tag().equals(name))
                .map(language -> bundle.getString("language." + language.name()))
                .orElseGet(() -> label(bundle, name));
    }

    private static String argument(ResourceBundle bundle, String argument) {
        if (argument.startsWith(ImportIssue.KIND_KEY) && bundle.containsKey(argument)) {
            return bundle.getString(argument);
        }
        if (argument.startsWith(ImportIssue.COUNTRY)) {
            Language language = Language.fromTag(bundle.getLocale().getLanguage()).orElse(Language.DEFAULT);
            return CountryCode.of(argument.substring(ImportIssue.COUNTRY.length())).displayName(language);
        }
        return argument;
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
        return Messages.bundle(Language.fromTag(locale.toLanguageTag()).orElse(Language.DEFAULT));
    }
}
