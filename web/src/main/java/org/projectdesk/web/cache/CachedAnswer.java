package org.projectdesk.web.cache;

import org.projectdesk.persistence.publicview.PublicContentVersion;

import java.util.List;
import java.util.Map;

/**
 * A finished public answer as it is sent: the body in one content coding, its ETag, its type and
 * the other headers the page, feed or API resource set, and the content version it was made under.
 *
 * @param body        the bytes sent, already in {@code encoding}
 * @param encoding    {@code gzip}, or null when sent as it is
 * @param contentType the {@code Content-Type}
 * @param headers     the other headers (Cache-Control, Content-Language, Link, CORS …), in order
 * @param etag        a strong ETag of this representation (quoted)
 * @param stamp       the public content version the answer was made under
 */
record CachedAnswer(byte[] body, String encoding, String contentType, List<Map.Entry<String, String>> headers,
                    String etag, PublicContentVersion.Stamp stamp) {

    /** The heap it takes, roughly, for the cache's bound. */
    int weight() {
        int headerBytes = 0;
        for (Map.Entry<String, String> header : headers) {
            headerBytes += 2 * (header.getKey().length() + header.getValue().length()) + 64;
        }
        return body.length + headerBytes + 2 * (etag.length() + (contentType == null ? 0 : contentType.length())) + 256;
    }
}
