package org.projectdesk.web.cache;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheableAddressTest {

    @Test
    void everyPublicAddressKindIsKeptAndTheDeskIsNot() {
        for (String path : new String[]{"/projects", "/fr/projects", "/ru/projects/mibma", "/projects/mibma/factsheet.pdf",
                "/timeline", "/countries/am", "/organisations/icmpd", "/regions/central-asia", "/fr/map", "/map",
                "/fr/feed.atom", "/sitemap.xml", "/robots.txt",
                "/api/v1/projects", "/api/v1/projects/mibma", "/api/v1/organisations", "/api/v1/countries",
                "/api/openapi.json", "/iati/activities.xml", "/iati/activities/mibma.xml"}) {
            assertTrue(CacheableAddress.of(path, null).isPresent(), path);
        }
        for (String path : new String[]{"/desk", "/desk/entry", "/login", "/", "/jakarta.faces.resource/x.css",
                "/de/projects", "/projects/UPPER", "/feed", "/factsheet"}) {
            assertTrue(CacheableAddress.of(path, null).isEmpty(), path);
        }
    }

    @Test
    void theQueryIsOrderedByNameKeepingTheOrderOfOneNamesValues() {
        assertEquals("/projects?country=AM&country=GE&q=border&sort=title",
                CacheableAddress.of("/projects", "sort=title&country=AM&q=border&&country=GE").orElseThrow().key());
        assertEquals(CacheableAddress.of("/api/v1/projects", "lang=fr&page=2"),
                CacheableAddress.of("/api/v1/projects", "page=2&lang=fr"));
    }

    @Test
    void aParameterTheAddressDoesNotReadKeepsItOut() {
        assertEquals(Optional.empty(), CacheableAddress.of("/projects", "q=border&utm_source=mail"));
        assertEquals(Optional.empty(), CacheableAddress.of("/projects/mibma", "q=x"));
        assertEquals(Optional.empty(), CacheableAddress.of("/countries/am", "q=x"), "a country page is paged, not filtered");
        assertEquals("/fr/countries/am?page=2", CacheableAddress.of("/fr/countries/am", "page=2").orElseThrow().key());
        assertEquals(Optional.empty(), CacheableAddress.of("/api/v1/projects", "org=icmpd"), "the API says organisation");
        assertEquals(Optional.empty(), CacheableAddress.of("/projects", "q=" + "x".repeat(CacheableAddress.MAX_QUERY_LENGTH)));
    }

    @Test
    void answersAboutOneProjectNameIt() {
        assertEquals("mibma", CacheableAddress.of("/fr/projects/mibma", null).orElseThrow().project());
        assertEquals("mibma", CacheableAddress.of("/api/v1/projects/mibma", "lang=ru").orElseThrow().project());
        assertEquals("mibma", CacheableAddress.of("/iati/activities/mibma.xml", null).orElseThrow().project());
        assertNull(CacheableAddress.of("/countries/am", null).orElseThrow().project());
        assertNull(CacheableAddress.of("/api/v1/projects", "q=mibma").orElseThrow().project());
    }
}
