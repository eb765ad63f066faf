package org.projectdesk.persistence.publicview.search;

import java.util.Map;

/**
 * Where the server's search index lives and how it follows the database, as the persistence unit
 * is configured (persistence.xml, from the {@code projectdesk.search.*} server properties): one
 * server keeps an embedded Lucene index on its disk and indexes before a commit returns; a cluster's
 * nodes share OpenSearch and carry changes to it through the database's outbox, a moment after the
 * commit.
 *
 * @param embeddedIndex whether the index is this server's own (Lucene, on disk) rather than OpenSearch's
 * @param throughOutbox whether changes reach the index through the outbox (outbox-polling coordination)
 */
public record SearchMode(boolean embeddedIndex, boolean throughOutbox) {

    static final String BACKEND_TYPE = "hibernate.search.backend.type";
    static final String COORDINATION = "hibernate.search.coordination.strategy";

    /** The mode a persistence unit with these properties runs in. */
    public static SearchMode of(Map<String, ?> properties) {
        return new SearchMode("lucene".equals(String.valueOf(properties.get(BACKEND_TYPE))),
                "outbox-polling".equals(String.valueOf(properties.get(COORDINATION))));
    }
}
