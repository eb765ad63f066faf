package org.projectdesk.web.desk;

import org.projectdesk.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The refusals of a form's input, by field, shown next to the fields ({@code pd:fieldError}). A
 * refusal of a text's missing English version (field {@code en}) is shown next to the name.
 */
public abstract class FieldProblems implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems = new HashMap<>();

    /** Records a refused value next to its field, with the text to show. */
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
}
