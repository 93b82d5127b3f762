package uk.nhs.patientsafety.eventsourcing.inbound;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.eventsourcing.TestDb;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents;
import uk.nhs.patientsafety.eventsourcing.counter.CounterFaults;
import uk.nhs.patientsafety.eventsourcing.counter.CounterInbound;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestTokens;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * A refused record waits on the dead-letter topic, is listed without its payload, and once the consumer is fixed a
 * replay re-publishes it and it is applied; a second replay resends nothing. Only this test uses
 * {@code test.counter-replays.v1}, so the counts are its own.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class DeadLetterReplayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String TOPIC = "test.counter-replays.v1";
    private static final String DLQ = TOPIC + ".dlq";

    @Inject
    CommandGateway commands;

    @Inject
    CounterFaults faults;

    @Inject
    AgroalDataSource dataSource;

    private TestDb db;
    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        db = new TestDb(dataSource);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aRefusedRecordIsReplayedOnceTheConsumerIsFixedAndOnlyOnce() throws Exception {
        String counter = "counter-" + UUID.randomUUID();
        commands.sendAndWait(new CounterEvents.OpenCounter(counter, "replay"));
        faults.refuse(counter);
        String ceId = UUID.randomUUID().toString();
        String payload = "{\"counterId\":\"" + counter + "\"}";
        kafka.send(
                TOPIC,
                counter,
                payload,
                CloudEvents.toHeaders(new CloudEventAttributes(
                        ceId, CounterInbound.INCREMENT_REQUESTED, "/test", counter, Instant.now())));
        String unreadableKey = "unreadable-" + UUID.randomUUID();
        kafka.send(TOPIC, unreadableKey, "{\"counterId\":\"" + counter + "\"}", new RecordHeaders());
        kafka.await(DLQ, PATIENCE, r -> ceId.equals(KafkaTestClient.header(r, CloudEvents.ID)));
        kafka.await(DLQ, PATIENCE, r -> unreadableKey.equals(r.key()));

        JsonPath waiting = admin().get("/admin/dead-letters/" + TOPIC)
                .then()
                .statusCode(200)
                .body("topic", equalTo(TOPIC))
                .body("deadLetterTopic", equalTo(DLQ))
                .body("count", equalTo(2))
                .extract()
                .jsonPath();
        List<Map<String, Object>> records = waiting.getList("records");
        assertThat(records).hasSize(2);
        Map<String, Object> refused = records.stream()
                .filter(r -> ceId.equals(r.get("ceId")))
                .findFirst()
                .orElseThrow();
        assertThat(refused)
                .containsEntry("ceType", CounterInbound.INCREMENT_REQUESTED)
                .containsEntry("reason", "Counter " + counter + " refuses increments")
                .containsKeys("partition", "offset", "deadLetteredAt");
        assertThat(waiting.prettify()).as("never the payload").doesNotContain("counterId");

        faults.accept(counter);
        admin().post("/admin/dead-letters/" + TOPIC + "/replay")
                .then()
                .statusCode(200)
                .body("replayed", equalTo(1))
                .body("skipped", equalTo(1));

        await().atMost(PATIENCE).until(() -> db.processed("counter-replays", ceId));
        assertThat(db.increments(counter)).isEqualTo(1);
        List<ConsumerRecord<String, String>> onTopic = kafka.awaitAll(TOPIC, Duration.ofSeconds(3)).stream()
                .filter(r -> ceId.equals(KafkaTestClient.header(r, CloudEvents.ID)))
                .toList();
        assertThat(onTopic).as("the original and its replay").hasSize(2);
        ConsumerRecord<String, String> replayed = onTopic.get(1);
        assertThat(replayed.key()).isEqualTo(counter);
        assertThat(replayed.value()).isEqualTo(payload);
        assertThat(CloudEvents.fromHeaders(replayed.headers()))
                .isEqualTo(CloudEvents.fromHeaders(onTopic.get(0).headers()));
        assertThat(replayed.headers().toArray()).noneMatch(h -> h.key().startsWith("dead-letter-"));

        admin().get("/admin/dead-letters/" + TOPIC).then().statusCode(200).body("count", equalTo(0));
        admin().post("/admin/dead-letters/" + TOPIC + "/replay")
                .then()
                .statusCode(200)
                .body("replayed", equalTo(0))
                .body("skipped", equalTo(0));
        assertThat(db.increments(counter)).isEqualTo(1);
    }

    @Test
    void onlyConsumedTopicsAreAccepted() {
        admin().get("/admin/dead-letters/incident.events.v1")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        admin().post("/admin/dead-letters/not_a_topic/replay")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("Not a topic name"));
    }

    @Test
    void onlyAdministratorsMayListOrReplay() {
        given().get("/admin/dead-letters/" + TOPIC).then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.issue(TestUser.icbQualityLead("QK1")))
                .post("/admin/dead-letters/" + TOPIC + "/replay")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.issue(TestUser.platformAdmin()));
    }
}
