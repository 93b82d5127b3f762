package uk.nhs.patientsafety.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
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
            String rt5 = publishIncident("RT5");
            String rkb = publishIncident("RKB");

            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(viewers.get("qk1.quality").sawData(rt5)).isTrue();
                assertThat(viewers.get("qwu.quality").sawData(rkb)).isTrue();
                assertThat(viewers.get("rt5.safety").sawData(rt5)).isTrue();
                assertThat(viewers.get("y60.regional").sawData(rt5)
                                && viewers.get("y60.regional").sawData(rkb))
                        .isTrue();
                assertThat(viewers.get("national.lead").sawData(rt5)
                                && viewers.get("national.lead").sawData(rkb))
                        .isTrue();
            });
            // An ICB never receives an event of a provider it does not commission.
            assertThat(viewers.get("qk1.quality").sawData(rkb)).isFalse();
            assertThat(viewers.get("qwu.quality").sawData(rt5)).isFalse();
            assertThat(viewers.get("rt5.safety").sawData(rkb)).isFalse();
            assertThat(viewers.get("cqc.inspector").sawData(rt5)
                            || viewers.get("cqc.inspector").sawData(rkb))
                    .isFalse();
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

    @Test
    void theEscalationStreamIsForNhsEnglandTeamsAndCarriesOnlyEscalations() {
        try (SseClient provider = subscribeTo(escalations, "rt5.safety")) {
            await().atMost(PATIENCE).until(() -> provider.status() == 403);
        }
        try (SseClient region = subscribeTo(escalations, "y60.regional")) {
            String incident = publishIncident("RT5");
            String escalation = publishEscalation("Y60");

            await().atMost(PATIENCE).until(() -> region.sawData(escalation));
            assertThat(region.sawData(incident)).isFalse();
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

    private SseClient subscribe(String user) {
        return subscribeTo(events, user);
    }

    private SseClient subscribeTo(URL stream, String user) {
        SseClient client = new SseClient(stream.toString(), token(user), null);
        await().atMost(PATIENCE).until(() -> client.status() != 0);
        return client;
    }

    private static String publishIncident(String provider) {
        String id = UUID.randomUUID().toString();
        kafka.send(
                Topics.INCIDENT_EVENTS,
                id,
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
