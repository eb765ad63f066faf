package org.projectdesk.domain.importing;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the problems of one reading, in the order they were found. */
final class ProblemLog {

    private final List<ImportProblem> problems = new ArrayList<>();

    void error(int section, int line, String field, String rule, String englishPattern, Object... arguments) {
        add(ImportProblem.Severity.ERROR, section, line, field, rule, englishPattern, arguments);
    }

    void warning(int section, int line, String field, String rule, String englishPattern, Object... arguments) {
        add(ImportProblem.Severity.WARNING, section, line, field, rule, englishPattern, arguments);
    }

    private void add(ImportProblem.Severity severity, int section, int line, String field, String rule,
                     String englishPattern, Object... arguments) {
        // Arguments as text, so that MessageFormat does not print 2014 as "2,014".
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        String message = MessageFormat.format(englishPattern.replace("'", "''"), texts);
        problems.add(new ImportProblem(severity, section, Math.max(1, line), field, "import." + rule, message,
                Arrays.stream(texts).map(String.class::cast).toList()));
    }

    boolean hasErrorsIn(int section) {
        return problems.stream().anyMatch(p -> p.isError() && p.section() == section);
    }

    List<ImportProblem> all() {
        return List.copyOf(problems);
    }
}
