package uk.nhs.patientsafety.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.KeycloakServer;
import uk.nhs.patientsafety.testing.KeycloakTestResource;

/**
 * The gateway's cost and capacity, measured against a baseline in the same run. Not part of the test suite (the
 * name does not end in Test); the command is in docs/benchmarks.md.
 */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(StubServices.class)
class GatewayBenchmark {

    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 5000);
    private static final int CLIENTS = 8;
    private static final int SUBSCRIBERS = 100;
    private static final int EVENTS = Integer.getInteger("benchmark.events", 1000);
    private static final int EVENT_RATE = Integer.getInteger("benchmark.event-rate", 200);

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void measure() throws Exception {
        String token = KeycloakServer.shared().token("national.lead", "demo-password");
        String direct =
                ConfigProvider.getConfig().getValue("platform.services.incident.url", String.class) + "/incidents/1";
        String proxied = gateway + "api/incidents/1";

        latency(direct, token, REQUESTS / 5);
        latency(proxied, token, REQUESTS / 5);
        List<Long> directMicros = latency(direct, token, REQUESTS);
        List<Long> proxiedMicros = latency(proxied, token, REQUESTS);
        report("direct to service, 1 client", directMicros);
        report("through gateway, 1 client", proxiedMicros);
        System.out.printf(
                "BENCHMARK added latency: p50 %.2f ms, p99 %.2f ms%n",
                (percentile(proxiedMicros, 50) - percentile(directMicros, 50)) / 1000.0,
                (percentile(proxiedMicros, 99) - percentile(directMicros, 99)) / 1000.0);

        System.out.printf(
                "BENCHMARK throughput %d clients: direct %.0f req/s, through gateway %.0f req/s, gateway's own"
                        + " authenticated /me (no proxying) %.0f req/s%n",
                CLIENTS, throughput(direct, token), throughput(proxied, token), throughput(gateway + "me", token));

        streams(token);
    }

    private List<Long> latency(String url, String token, int count) throws Exception {
        List<Long> micros = new ArrayList<>(count);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build();
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            micros.add((System.nanoTime() - started) / 1000);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        return micros;
    }

    private double throughput(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build();
        AtomicLong done = new AtomicLong();
        long seconds = 10;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                while (System.nanoTime() < deadline) {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        done.incrementAndGet();
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(seconds + 30, TimeUnit.SECONDS);
        return done.get() / (double) seconds;
    }

    /** Events published to Kafka at a steady rate, delivered to 100 SSE subscribers: rate and publish-to-delivery latency. */
    private void streams(String token) throws Exception {
        List<SseClient> subscribers = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            subscribers.add(new SseClient(gateway + "api/streams/events", token, null));
        }
        while (subscribers.stream().anyMatch(s -> s.status() != 200)) {
            Thread.sleep(100);
        }
        String run = UUID.randomUUID().toString();
        long[] publishedAt = new long[EVENTS];
        long started = System.nanoTime();
        try (KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers())) {
            long interval = TimeUnit.SECONDS.toNanos(1) / EVENT_RATE;
            long next = System.nanoTime();
            for (int i = 0; i < EVENTS; i++) {
                LockSupport.parkNanos(next - System.nanoTime());
                publishedAt[i] = System.nanoTime();
                kafka.send(
                        Topics.INCIDENT_EVENTS,
                        run,
                        "{\"incidentId\":\"" + run + "\",\"providerOds\":\"RT5\",\"seq\":" + i + "}",
                        CloudEvents.toHeaders(new CloudEventAttributes(
                                UUID.randomUUID().toString(),
                                "incident.FindingsAgreed.v1",
                                "/benchmark",
                                run,
                                Instant.now())));
                next += interval;
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && subscribers.stream().anyMatch(s -> count(s, run) < EVENTS)) {
            Thread.sleep(100);
        }
        long finished = System.nanoTime();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long delivered = 0;
        for (SseClient subscriber : subscribers) {
            for (SseClient.Event event : subscriber.events) {
                if (event.data().contains(run)) {
                    int seq = Integer.parseInt(event.data().replaceAll(".*\"seq\":(\\d+).*", "$1"));
                    latencies.add((event.receivedAt() - publishedAt[seq]) / 1000);
                    delivered++;
                }
            }
            subscriber.close();
        }
        System.out.printf(
                "BENCHMARK streams: %d subscribers, %d events at %d/s: %d of %d deliveries, %.0f deliveries/s; "
                        + "publish-to-delivery p50 %.1f ms, p99 %.1f ms%n",
                SUBSCRIBERS,
                EVENTS,
                EVENT_RATE,
                delivered,
                (long) SUBSCRIBERS * EVENTS,
                delivered / ((finished - started) / 1e9),
                percentile(latencies, 50) / 1000.0,
                percentile(latencies, 99) / 1000.0);
    }

    private static long count(SseClient subscriber, String run) {
        return subscriber.events.stream().filter(e -> e.data().contains(run)).count();
    }

    private static void report(String what, List<Long> micros) {
        System.out.printf(
                "BENCHMARK %s: n=%d p50 %.2f ms p99 %.2f ms%n",
                what, micros.size(), percentile(micros, 50) / 1000.0, percentile(micros, 99) / 1000.0);
    }

    private static double percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
