package org.projectdesk.persistence.review;

import java.time.Instant;
import java.util.List;

/**
 * Someone wrote in a comment thread on a revision: started a thread ({@code answer} false) or
 * answered one. Fired by {@link ReviewThreads} inside its transaction, after the message is stored;
 * observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once the
 * comment is committed (or in the transaction, to write something that must go with it).
 *
 * @param anchor       the field the thread is about (a {@code field.<key>} key such as {@code donors}), or null
 * @param participants everyone who wrote in the thread so far, the author included, first writer first
 */
public record CommentAdded(long entryId, String slug, int revisionNumber, long threadId, String anchor,
                           String author, Instant writtenAt, String text, boolean answer, List<String> participants) {
}
