package org.projectdesk.persistence.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every committed {@link CommentAdded}, as a notification service would receive it. */
@ApplicationScoped
public class CommentLog {

    private final List<CommentAdded> committed = new CopyOnWriteArrayList<>();

    void onComment(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentAdded comment) {
        committed.add(comment);
    }

    public List<CommentAdded> ofThread(long threadId) {
        return committed.stream().filter(comment -> comment.threadId() == threadId).toList();
    }
}
