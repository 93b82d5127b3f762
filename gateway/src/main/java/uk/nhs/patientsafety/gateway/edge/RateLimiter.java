package uk.nhs.patientsafety.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.nhs.patientsafety.gateway.GatewayConfig;

/** A token bucket per client: a burst of {@code capacity}, refilled at {@code perSecond}. */
@ApplicationScoped
public class RateLimiter {

    @Inject
    GatewayConfig config;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @return 0 when the request may pass, otherwise the whole seconds after which it may be retried */
    public long secondsUntilAllowed(String client) {
        return buckets.computeIfAbsent(
                        client, c -> new Bucket(config.rateLimit().capacity()))
                .take(config.rateLimit().capacity(), config.rateLimit().perSecond(), System.nanoTime());
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int capacity) {
            tokens = capacity;
        }

        synchronized long take(int capacity, int perSecond, long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}
