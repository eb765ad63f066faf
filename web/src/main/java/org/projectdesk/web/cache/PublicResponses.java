package org.projectdesk.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * This server's finished public answers, by address and content coding, bounded by the heap they
 * take ({@code projectdesk.cache.max-mb}, default {@value #DEFAULT_MAX_MB} MiB): when full, the
 * answers least likely to be asked again make room (Caffeine's W-TinyLFU, which also keeps a
 * flood of one-off addresses from pushing out the popular ones). Nothing expires by time: an
 * answer is replaced when the content version it was made under is no longer current (see
 * {@link org.projectdesk.persistence.publicview.PublicContentVersion}). While one request makes an
 * answer, others asking for the same one wait for it instead of making it again.
 */
@ApplicationScoped
public class PublicResponses {

    static final int DEFAULT_MAX_MB = 256;
    private static final Logger LOG = Logger.getLogger(PublicResponses.class.getName());

    @Inject
    @ConfigProperty(name = "projectdesk.cache.max-mb", defaultValue = "" + DEFAULT_MAX_MB)
    int maxMegabytes;

    private Cache<String, CachedAnswer> answers;
    private final ConcurrentMap<String, CompletableFuture<CachedAnswer>> inMaking = new ConcurrentHashMap<>();
    private long maxBytes;

    @PostConstruct
    void create() {
        maxBytes = Math.max(1, maxMegabytes) * 1024L * 1024L;
        answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedAnswer answer) -> answer.weight() + 2 * key.length())
                .build();
        LOG.info(() -> "Public response cache: at most " + maxMegabytes + " MiB");
    }

    CachedAnswer find(String key) {
        return answers.getIfPresent(key);
    }

    /** Keeps an answer, unless it alone would take more than a quarter of the cache. */
    void keep(String key, CachedAnswer answer) {
        if (answer.weight() <= maxBytes / 4) {
            answers.put(key, answer);
        }
    }

    void forget(String key) {
        answers.invalidate(key);
    }

    /**
     * Starts making the answer for {@code key}: a new future if nobody is making it (the caller
     * makes it and must {@link #made} it), or the one of the request already making it.
     */
    Making startMaking(String key) {
        CompletableFuture<CachedAnswer> mine = new CompletableFuture<>();
        CompletableFuture<CachedAnswer> running = inMaking.putIfAbsent(key, mine);
        return running == null ? new Making(mine, true) : new Making(running, false);
    }

    /** Ends the making of {@code key}; {@code answer} is null when it could not be kept. */
    void made(String key, Making making, CachedAnswer answer) {
        inMaking.remove(key, making.future());
        making.future().complete(answer);
    }

    /** How many answers are kept, and the bytes they take (estimated). */
    String describe() {
        long bytes = answers.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
        return answers.estimatedSize() + " answers, " + bytes / 1024 + " KiB";
    }

    /** A making of an answer: by this request ({@code mine}) or by another one to wait for. */
    record Making(CompletableFuture<CachedAnswer> future, boolean mine) {
    }
}
