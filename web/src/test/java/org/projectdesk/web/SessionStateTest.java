package org.projectdesk.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the desk keeps between requests (its session- and view-scoped beans, which Mojarra keeps in
 * the session) is serializable all the way down: on a cluster every node replicates the session
 * after each request, and a field that cannot be marshalled loses the session on failover (found
 * on the first cluster run: a page's EntryDetails). Checked by the fields' declared types, so a new
 * field of a type that is not serializable fails here, not on a cluster.
 */
class SessionStateTest {

    @Test
    void everySessionAndViewScopedBeanHoldsOnlySerializableState() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        assertTrue(beans.size() >= 15, "the desk's beans were found: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), seen, problems);
        }
        assertTrue(problems.isEmpty(), "not serializable:\n" + String.join("\n", problems));
    }

    @Test
    void theCheckFindsAFieldThatCannotBeMarshalled() {
        List<String> problems = new ArrayList<>();
        check(Holder.class, "Holder", new HashSet<>(), problems);
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).contains("Holder.thing"), problems.toString());
    }

    static final class Holder implements Serializable {
        private Thread thing;
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                // List.of, Map.copyOf, ArrayList …: serializable when what they hold is
                for (Type argument : parameterized.getActualTypeArguments()) {
                    check(argument, path + "<>", seen, problems);
                }
                return;
            }
            check(raw, path, seen, problems);
            return;
        }
        if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", seen, problems);
            return;
        }
        if (type instanceof TypeVariable<?> || type instanceof WildcardType) {
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isPrimitive() || raw.isEnum()) {
            return;
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + raw.getName());
            return;
        }
        if (!raw.getName().startsWith("org.projectdesk.")) {
            return; // the platform's own serializable types (String, java.time, BigDecimal …)
        }
        for (Class<?> level = raw; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue; // the container's proxies are serializable, and re-injected
                }
                check(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }
}
