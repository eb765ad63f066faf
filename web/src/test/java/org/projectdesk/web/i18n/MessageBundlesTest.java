package org.projectdesk.web.i18n;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ContentField;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interface texts: every language has the same keys, every pattern with arguments is a valid
 * MessageFormat, every key a view names literally ({@code msg['desk.import.title']}) exists, every
 * key the Java code of any module names exists (a refusal's key, a page's message), and every
 * field of a project's content has its label.
 */
class MessageBundlesTest {

    private static final String BASE = "org/projectdesk/web/i18n/messages";
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([^'\\]]+)'\\]");
    /** A string literal shaped like a key, and whether an English fallback text follows it. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"(\\s*,\\s*\")?");
    /**
     * The import report's rules ({@code reading.error(…, "file.tooLarge", "The file has …")}): the
     * report shows the English text the reader formats, so they are no bundle keys.
     */
    private static final Pattern IMPORT_RULE_CALL = Pattern.compile("(?:reading\\.|(?<![.\\w]))(?:error|warning)\\([^;]*?;", Pattern.DOTALL);
    private static final List<Path> MODULE_SOURCES = List.of(Path.of("../domain/src/main/java"),
            Path.of("../persistence/src/main/java"), Path.of("src/main/java"));

    private static Properties bundle(String suffix) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(BASE + suffix + ".properties")) {
            assertTrue(in != null, "no bundle " + suffix);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void frenchAndRussianHaveExactlyTheEnglishKeys() {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        for (String language : List.of("_fr", "_ru")) {
            Set<String> translated = new TreeSet<>(bundle(language).stringPropertyNames());
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated);
            Set<String> extra = new TreeSet<>(translated);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, "keys messages" + language + " lacks");
            assertEquals(Set.of(), extra, "keys only messages" + language + " has");
        }
    }

    @Test
    void everyPatternWithArgumentsIsAValidMessageFormat() {
        List<String> broken = new ArrayList<>();
        for (String language : List.of("", "_fr", "_ru")) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{")) {
                    try {
                        new MessageFormat(text, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5});
                    } catch (IllegalArgumentException e) {
                        broken.add("messages" + language + ": " + key + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyKeyAViewNamesExists() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(view, StandardCharsets.UTF_8));
                while (key.find()) {
                    if (!english.contains(key.group(1))) {
                        unknown.add(view.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void everyKeyTheJavaCodeNamesExistsInEveryLanguage() throws IOException {
        Set<String> namespaces = new TreeSet<>();
        bundle("").stringPropertyNames().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.') + 1)));
        List<Properties> bundles = List.of(bundle(""), bundle("_fr"), bundle("_ru"));
        Set<String> unknown = new TreeSet<>();
        int found = 0;
        for (Path sources : MODULE_SOURCES) {
            assertTrue(Files.isDirectory(sources), "no sources in " + sources.toAbsolutePath());
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String code = IMPORT_RULE_CALL.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
                    Matcher literal = JAVA_KEY.matcher(code);
                    while (literal.find()) {
                        String key = literal.group(1);
                        boolean withFallback = literal.group(2) != null;
                        if (withFallback || namespaces.contains(key.substring(0, key.indexOf('.') + 1))) {
                            found++;
                            for (Properties texts : bundles) {
                                if (!texts.containsKey(key)) {
                                    unknown.add(file.getFileName() + ": " + key);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found > 100, "the scan found only " + found + " keys");
        assertEquals(Set.of(), unknown);
    }

    /** The rule of an import problem: the literal just before its English pattern (which has a space). */
    private static final Pattern ANY_RULE_CALL = Pattern.compile("\\b(?:error|warning)\\([^;]*?;", Pattern.DOTALL);
    private static final Pattern IMPORT_RULE = Pattern.compile(
            "\"([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)?)\",\\s*(?:[a-z]+\\s*\\?\\s*)?\"(?:[^\"\\\\]|\\\\.)*\\s");

    @Test
    void everyRuleOfTheImportReportHasItsTextInEveryLanguage() throws IOException {
        List<Properties> bundles = List.of(bundle(""), bundle("_fr"), bundle("_ru"));
        Set<String> missing = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        for (Path sources : MODULE_SOURCES) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher call = ANY_RULE_CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (call.find()) {
                        Matcher rule = IMPORT_RULE.matcher(call.group());
                        if (rule.find()) {
                            rules.add(rule.group(1));
                            for (Properties texts : bundles) {
                                if (!texts.containsKey("import." + rule.group(1))) {
                                    missing.add(file.getFileName() + ": import." + rule.group(1));
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(rules.size() > 50, "the scan found only " + rules);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyFieldOfAContentHasALabelInEveryLanguage() {
        for (String language : List.of("", "_fr", "_ru")) {
            Properties texts = bundle(language);
            for (ContentField field : ContentField.values()) {
                assertTrue(texts.containsKey("field." + field.key()), "messages" + language + " lacks field." + field.key());
            }
        }
    }
}
