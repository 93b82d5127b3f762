package uk.nhs.patientsafety.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "platform.gateway")
public interface GatewayConfig {

    Downstream downstream();

    RateLimit rateLimit();

    Streams streams();

    Auth auth();

    OpenApi openapi();

    interface Downstream {
        /** A downstream that has not answered within this is reported as 504. */
        @WithDefault("10s")
        Duration timeout();

        @WithDefault("1s")
        Duration connectTimeout();

        /** Consecutive failures that open a downstream's circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one request may try again. */
        @WithDefault("10s")
        Duration openFor();

        /** Largest request body forwarded. */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    interface RateLimit {
        /** Requests a client may burst. */
        @WithDefault("200")
        int capacity();

        /** Requests per second a client's bucket refills. */
        @WithDefault("100")
        int perSecond();
    }

    interface Streams {
        @WithDefault("15s")
        Duration heartbeat();

        /** Events kept for Last-Event-ID resumption. */
        @WithDefault("10000")
        int replayBuffer();

        /** Bytes queued for one subscriber before it is cut off as too slow. */
        @WithDefault("1048576")
        int maxQueuedBytes();

        /**
         * How long a subscriber that was cut off has to read its final {@code disconnected} event before its
         * connection is closed regardless.
         */
        @WithDefault("10s")
        Duration disconnectGrace();

        /** Streams one token subject may hold open at once; the next is refused with 429 until one closes. */
        @WithDefault("5")
        int maxStreamsPerSubject();
    }

    interface Auth {
        /** How long the identity of a verified bearer token is reused before the token is verified again. */
        @WithDefault("30s")
        Duration verifiedTokenTtl();

        /** Verified tokens remembered at most. */
        @WithDefault("10000")
        int verifiedTokens();
    }

    interface OpenApi {
        /** How long the aggregated {@code /api/openapi} document is served before the services are asked again. */
        @WithDefault("60s")
        Duration cacheTtl();
    }
}
