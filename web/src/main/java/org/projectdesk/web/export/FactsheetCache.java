package org.projectdesk.web.export;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The factsheets generated lately, by project, language and public content version: a new
 * publication changes the version, so a stale file is never served; the least recently used ones
 * make room after {@value #CAPACITY}.
 */
@ApplicationScoped
public class FactsheetCache {

    static final int CAPACITY = 200;

    private final Map<String, byte[]> files = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CAPACITY;
        }
    };

    public byte[] get(String key, Supplier<byte[]> generate) {
        synchronized (files) {
            byte[] known = files.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] generated = generate.get();
        synchronized (files) {
            files.put(key, generated);
        }
        return generated;
    }
}
