package org.projectdesk.persistence.publicview.search;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchModeTest {

    @Test
    void oneServerKeepsItsOwnIndexAndIndexesBeforeTheCommitReturns() {
        SearchMode mode = SearchMode.of(Map.of(SearchMode.BACKEND_TYPE, "lucene", SearchMode.COORDINATION, "none"));
        assertEquals(new SearchMode(true, false), mode);
    }

    @Test
    void aClusterSharesOpenSearchThroughTheOutbox() {
        SearchMode mode = SearchMode.of(Map.of(SearchMode.BACKEND_TYPE, "elasticsearch", SearchMode.COORDINATION, "outbox-polling"));
        assertEquals(new SearchMode(false, true), mode);
    }

    @Test
    void withoutCoordinationNamedThereIsNoOutboxToWaitFor() {
        SearchMode mode = SearchMode.of(Map.of(SearchMode.BACKEND_TYPE, "elasticsearch"));
        assertEquals(new SearchMode(false, false), mode);
    }
}
