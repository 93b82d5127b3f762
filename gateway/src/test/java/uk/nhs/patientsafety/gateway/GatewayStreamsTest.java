package uk.nhs.patientsafety.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.KeycloakServer;
import uk.nhs.patientsafety.testing.KeycloakTestResource;

/** Live streams from real Kafka records, filtered by real Keycloak identities. RT5 is QK1's, RKB is QWU's. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(StubServices.class)
class GatewayStreamsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final KeycloakServer KEYCLOAK = KeycloakServer.shared();
    private static KafkaTestClient kafka;

    @TestHTTPResource("/api/streams/events")
    URL events;

    @TestHTTPResource("/api/streams/escalations")
    URL escalations;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    /**
     * "Never receives" is shown, not hoped for: the gateway reads a partition in order and hands each subscriber its
     * events in the order it read them, so after an event invisible to a viewer comes a marker the viewer can see,
     * on the same key (hence the same partition). Once the viewer has the marker, it would already have had the
     * invisible event. Every viewer is registered before anything is published: each has had a heartbeat.
     */
    @Test
    void eachViewerSeesOnlyTheEventsItsRelationshipAllows() {
        Map<String, SseClient> viewers = Map.of(
                "qk1.quality", subscribe("qk1.quality"),
                "qwu.quality", subscribe("qwu.quality"),
                "rt5.safety", subscribe("rt5.safety"),
                "y60.regional", subscribe("y60.regional"),
                "national.lead", subscribe("national.lead"),
                "cqc.inspector", subscribe("cqc.inspector"));
        try {
            await().atMost(PATIENCE)
                    .until(() -> viewers.values().stream().allMatch(v -> v.comments.contains(": heartbeat")));
            SseClient national = viewers.get("national.lead");
            String start = publishIncident("RT5");
            await().atMost(PATIENCE).until(() -> national.sawData(start));

            String rt5 = publishIncident("RT5");
            String rkb = publishIncident("RKB");
            String rt5AfterRkb = publishIncident("RT5", rkb);
            String rkbAfterRt5 = publishIncident("RKB", rt5);

            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(viewers.get("qk1.quality").sawData(rt5)).isTrue();
                assertThat(viewers.get("qk1.quality").sawData(rt5AfterRkb)).isTrue();
                assertThat(viewers.get("qwu.quality").sawData(rkb)).isTrue();
                assertThat(viewers.get("qwu.quality").sawData(rkbAfterRt5)).isTrue();
                assertThat(viewers.get("rt5.safety").sawData(rt5)).isTrue();
                assertThat(viewers.get("rt5.safety").sawData(rt5AfterRkb)).isTrue();
                for (String viewer : List.of("y60.regional", "national.lead")) {
                    for (String event : List.of(rt5, rkb, rt5AfterRkb, rkbAfterRt5)) {
                        assertThat(viewers.get(viewer).sawData(event))
                                .as("%s saw %s", viewer, event)
                                .isTrue();
                    }
                }
            });
            // An ICB never receives an event of a provider it does not commission, nor a provider another's.
            assertThat(viewers.get("qk1.quality").sawData(rkb)).isFalse();
            assertThat(viewers.get("qwu.quality").sawData(rt5)).isFalse();
            assertThat(viewers.get("rt5.safety").sawData(rkb)).isFalse();

            // A regulator sees none of them, and there is nothing it may see to serve as a marker. Replayed from
            // just before them, its stream goes through the same rule; the replay is written as the subscriber is
            // registered, so it is complete before the first heartbeat that subscriber gets.
            String startId = national.idOf(start);
            try (SseClient regulator = new SseClient(events.toString(), token("cqc.inspector"), startId)) {
                await().atMost(PATIENCE).until(() -> regulator.comments.contains(": heartbeat"));
                assertThat(regulator.events)
                        .as("no events and no reset: %s is still held for replay", startId)
                        .isEmpty();
            }
            SseClient cqc = viewers.get("cqc.inspector");
            for (String event : List.of(start, rt5, rkb, rt5AfterRkb, rkbAfterRt5)) {
                assertThat(cqc.sawData(event)).as("the regulator saw %s", event).isFalse();
            }
        } finally {
            viewers.values().forEach(SseClient::close);
        }
    }

    @Test
    void aReconnectingViewerGetsWhatItMissedWithLastEventId() {
        String first;
        try (SseClient viewer = subscribe("national.lead")) {
            first = publishIncident("RT5");
            await().atMost(PATIENCE).until(() -> viewer.sawData(first));
        }
        String lastSeen;
        try (SseClient viewer = subscribe("national.lead")) {
            String marker = publishIncident("RKB");
            await().atMost(PATIENCE).until(() -> viewer.sawData(marker));
            lastSeen = viewer.events.stream()
                    .filter(e -> e.data().contains(marker))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }
        String missed1 = publishIncident("RT5");
        String missed2 = publishIncident("RKB");
        try (SseClient probe = subscribe("national.lead")) {
            // Once a new subscriber sees a later event, the gateway holds both missed ones.
            String after = publishIncident("RT5");
            await().atMost(PATIENCE).until(() -> probe.sawData(after));
        }

        try (SseClient resumed = new SseClient(events.toString(), token("national.lead"), lastSeen)) {
            await().atMost(PATIENCE).until(() -> resumed.sawData(missed1) && resumed.sawData(missed2));
            // The replay is written in the order the gateway read the events: "first" would have come before them.
            assertThat(resumed.sawData(first)).isFalse();
        }
    }

    @Test
    void twoHundredConcurrentSubscribersReceiveEveryEvent() {
        String token = token("national.lead");
        List<SseClient> subscribers = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                subscribers.add(new SseClient(events.toString(), token, null));
            }
            await().atMost(PATIENCE).until(() -> subscribers.stream().allMatch(s -> s.status() == 200));
            List<String> published = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                published.add(publishIncident(i % 2 == 0 ? "RT5" : "RKB"));
            }

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> subscribers.forEach(s ->
                            published.forEach(id -> assertThat(s.sawData(id)).isTrue())));
        } finally {
            subscribers.forEach(SseClient::close);
        }
    }

    /**
     * A subscriber that stops reading must not hold up anyone else, nor the gateway's memory: once more than
     * {@code max-queued-bytes} wait for it, it gets a final {@code disconnected} event and its connection is closed
     * — at once if it reads that event, after {@code disconnect-grace} (10 s) if it never reads again. The stalled
     * clients are raw sockets with a small receive buffer: with the kernel's autotuned loopback buffers (up to
     * 32 MiB here) a stalled client would silently absorb megabytes before the gateway felt anything. A client that
     * never reads cannot see its connection close, so the gateway's end of it is watched in the kernel's table
     * instead: it must leave ESTABLISHED while the client still reads nothing.
     */
    @Test
    void aSubscriberThatStopsReadingIsCutOffWhileAHealthyOneGetsEveryEvent() throws Exception {
        String token = token("national.lead");
        String run = UUID.randomUUID().toString();
        String padding = "x".repeat(4096);
        int count = 1500;
        try (Socket stalled = stalledSubscriber(token);
                Socket silent = stalledSubscriber(token);
                SseClient healthy = new SseClient(events.toString(), token, null)) {
            await().atMost(PATIENCE).until(() -> healthy.status() == 200);
            assertThat(gatewaySide(silent))
                    .as("the gateway's end of the silent connection")
                    .isEqualTo(ESTABLISHED);

            // The raw clients now read nothing while ~6 MB of events are published.
            long[] publishedAt = new long[count];
            for (int i = 0; i < count; i++) {
                publishedAt[i] = System.nanoTime();
                kafka.send(
                        Topics.INCIDENT_EVENTS,
                        run,
                        "{\"incidentId\":\"" + run + "\",\"providerOds\":\"RT5\",\"seq\":" + i + ",\"padding\":\""
                                + padding + "\"}",
                        headers(run, "incident.FindingsAgreed.v1"));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> healthy.events.stream()
                                    .filter(e -> e.data().contains(run))
                                    .count()
                            == count);
            List<SseClient.Event> received =
                    healthy.events.stream().filter(e -> e.data().contains(run)).toList();
            for (int i = 0; i < count; i++) {
                assertThat(received.get(i).data()).contains("\"seq\":" + i + ",");
            }
            // Not held up by the stalled ones: a write that waited for them would never finish. The bound is loose
            // because this machine's two cores are shared with other builds.
            long lastDelay = received.get(count - 1).receivedAt() - publishedAt[count - 1];
            assertThat(Duration.ofNanos(lastDelay)).isLessThan(Duration.ofSeconds(10));

            // One stalled client reads again at once: what the gateway had queued, the final event, the end.
            String after = assertCutOff(stalled, run, count);
            assertThat(after).contains("event: disconnected").contains("slow-consumer");
            assertThat(after.substring(after.lastIndexOf("event: disconnected")))
                    .doesNotContain(run);

            // The other never reads again: once the grace is over the gateway closes its end all the same.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !gatewaySide(silent).equals(ESTABLISHED));
            assertCutOff(silent, run, count);
        }
    }

    /** {@code /proc/net/tcp} state of an established connection. */
    private static final String ESTABLISHED = "01";

    /**
     * The TCP state (hex, as in Linux's {@code /proc/net/tcp}) of the gateway's end of {@code client}'s connection,
     * or {@code "gone"} once the kernel has forgotten it.
     */
    private String gatewaySide(Socket client) throws IOException {
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 3
                        && columns[1].endsWith(String.format(":%04X", events.getPort()))
                        && columns[2].endsWith(String.format(":%04X", client.getLocalPort()))) {
                    return columns[3];
                }
            }
        }
        return "gone";
    }

    /** An SSE subscriber on a raw socket that reads the response head and then nothing more. */
    private Socket stalledSubscriber(String token) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(events.getHost(), events.getPort()));
        socket.setSoTimeout((int) PATIENCE.toMillis());
        socket.getOutputStream()
                .write(("GET " + events.getPath() + " HTTP/1.1\r\nHost: " + events.getHost() + ":" + events.getPort()
                                + "\r\nAccept: text/event-stream\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        String head = readUntil(socket.getInputStream(), ": connected");
        assertThat(head).startsWith("HTTP/1.1 200").contains("text/event-stream");
        return socket;
    }

    /** Reads what the gateway still sends a stalled subscriber: the connection must end, short of every event. */
    private static String assertCutOff(Socket socket, String run, int count) throws IOException {
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        boolean closed = readToEnd(socket, rest);
        String after = rest.toString(StandardCharsets.UTF_8);
        long delivered = after.lines()
                .filter(line -> line.startsWith("data: ") && line.contains(run))
                .count();
        assertThat(closed)
                .as(
                        "connection closed within %s; meanwhile it received %d of %d events, %s a disconnected event",
                        PATIENCE, delivered, count, after.contains("event: disconnected") ? "with" : "without")
                .isTrue();
        assertThat(delivered).isLessThan(count);
        return after;
    }

    @Test
    void theEscalationStreamIsForNhsEnglandTeamsAndCarriesOnlyEscalations() {
        try (SseClient provider = subscribeTo(escalations, "rt5.safety")) {
            await().atMost(PATIENCE).until(() -> provider.status() == 403);
        }
        try (SseClient region = subscribeTo(escalations, "y60.regional");
                SseClient watcher = subscribe("national.lead")) {
            await().atMost(PATIENCE).until(() -> region.comments.contains(": heartbeat"));
            String incident = publishIncident("RT5");
            // Read after the incident (same key): once the watcher has it, the gateway has handed the incident to
            // every subscriber that may have it, so the escalation published next reaches the region after it.
            String afterIncident = publishIncident("RT5", incident);
            await().atMost(PATIENCE).until(() -> watcher.sawData(afterIncident));
            String escalation = publishEscalation("Y60");

            await().atMost(PATIENCE).until(() -> region.sawData(escalation));
            assertThat(region.sawData(incident)).isFalse();
            assertThat(region.sawData(afterIncident)).isFalse();
        }
    }

    /**
     * Delivery is at least once: after an outbox retry the same CloudEvent (same {@code ce_id}) is on the topic twice.
     * A subscriber gets it once, with the CloudEvents id as its SSE id, so a dashboard could tell a repeat by its id;
     * and {@code Last-Event-ID} with that id resumes after it. Both copies and a marker go on the same key (one
     * partition, read in order): once the marker has arrived, so would the second copy have.
     */
    @Test
    void aRedeliveredEventReachesASubscriberOnceWithItsCloudEventsIdAsItsId() {
        String key = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        String value = "{\"incidentId\":\"" + key + "\",\"providerOds\":\"RT5\",\"framework\":\"PSIRF2022\"}";
        String marker;
        try (SseClient viewer = subscribe("national.lead")) {
            await().atMost(PATIENCE).until(() -> viewer.comments.contains(": heartbeat"));
            for (int copy = 0; copy < 2; copy++) {
                kafka.send(
                        Topics.INCIDENT_EVENTS,
                        key,
                        value,
                        CloudEvents.toHeaders(new CloudEventAttributes(
                                ceId,
                                "incident.FindingsAgreed.v1",
                                "/test",
                                key,
                                Instant.parse("2026-12-01T09:00:00Z"))));
            }
            marker = publishIncident("RT5", key);
            await().atMost(PATIENCE).until(() -> viewer.sawData(marker));

            List<SseClient.Event> copies = viewer.events.stream()
                    .filter(e -> e.data().contains(key) && !e.data().contains(marker))
                    .toList();
            assertThat(copies).hasSize(1);
            assertThat(copies.get(0).id()).isEqualTo(ceId);
            assertThat(viewer.idOf(marker)).isNotEqualTo(ceId);
        }
        try (SseClient resumed = new SseClient(events.toString(), token("national.lead"), ceId)) {
            // The replay is written as the subscriber is registered: complete before its first heartbeat.
            await().atMost(PATIENCE).until(() -> resumed.comments.contains(": heartbeat"));
            assertThat(resumed.sawData(marker))
                    .as("the marker after it, replayed")
                    .isTrue();
            assertThat(resumed.events).noneMatch(e -> "reset".equals(e.type()));
            assertThat(resumed.events).noneMatch(e -> ceId.equals(e.id()));
        }
    }

    @Test
    void aStreamNeedsAToken() {
        try (SseClient anonymous = new SseClient(events.toString(), null, null)) {
            await().atMost(PATIENCE).until(() -> anonymous.status() == 401);
        }
    }

    @Test
    void heartbeatsKeepAnIdleStreamAlive() {
        try (SseClient viewer = subscribe("qk1.viewer")) {
            await().atMost(PATIENCE).until(() -> viewer.comments.contains(": heartbeat"));
        }
    }

    /** Reads the raw response until {@code marker} has arrived, and returns it. */
    private static String readUntil(InputStream in, String marker) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.UTF_8).contains(marker)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            read.write(b);
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads into {@code read} until the gateway closes the connection: false if it is still open after
     * {@link #PATIENCE} (heartbeats would keep a read busy forever, so the deadline is the test's, not the socket's).
     */
    private static boolean readToEnd(Socket socket, ByteArrayOutputStream read) throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        socket.setSoTimeout(500);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        while (System.nanoTime() < deadline) {
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    return true;
                }
                read.write(buffer, 0, n);
            } catch (SocketTimeoutException quiet) {
                // Still open; look again until the deadline.
            } catch (SocketException reset) {
                // Closed by the gateway with data still unsent: as much a cut-off as a clean close.
                return true;
            }
        }
        return false;
    }

    private SseClient subscribe(String user) {
        return subscribeTo(events, user);
    }

    private SseClient subscribeTo(URL stream, String user) {
        SseClient client = new SseClient(stream.toString(), token(user), null);
        await().atMost(PATIENCE).until(() -> client.status() != 0);
        return client;
    }

    private static String publishIncident(String provider) {
        return publishIncident(provider, null);
    }

    /** An incident event keyed {@code key} (its own id when null): the same key means the same partition. */
    private static String publishIncident(String provider, String key) {
        String id = UUID.randomUUID().toString();
        kafka.send(
                Topics.INCIDENT_EVENTS,
                key == null ? id : key,
                "{\"incidentId\":\"" + id + "\",\"providerOds\":\"" + provider
                        + "\",\"framework\":\"PSIRF2022\",\"occurredAt\":\"" + Instant.now() + "\"}",
                headers(id, "incident.FindingsAgreed.v1"));
        return id;
    }

    private static String publishEscalation(String region) {
        String id = UUID.randomUUID().toString();
        kafka.send(
                Topics.ESCALATION_EVENTS,
                id,
                "{\"escalationId\":\"" + id + "\",\"providerOds\":\"RT5\",\"raisedByOds\":\"QK1\","
                        + "\"raisedToOds\":\"Y60\",\"region\":\"" + region + "\",\"occurredAt\":\"" + Instant.now()
                        + "\"}",
                headers(id, "escalation.EscalationRaised.v1"));
        return id;
    }

    private static org.apache.kafka.common.header.Headers headers(String subject, String type) {
        return CloudEvents.toHeaders(
                new CloudEventAttributes(UUID.randomUUID().toString(), type, "/test", subject, Instant.now()));
    }

    private static String token(String user) {
        return KEYCLOAK.token(user, "demo-password");
    }
}
