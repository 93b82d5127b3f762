package uk.nhs.patientsafety.eventsourcing.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
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

/**
 * The inbound router against real Kafka and PostgreSQL: transient failures retried in place, poison dead-lettered
 * with its reason and original headers, unknown types ignored. (De-duplication: {@code OutboxAndInboxTest}.)
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class InboundRouterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String REQUESTS = "test.counter-requests.v1";
    private static final String DLQ = REQUESTS + ".dlq";
    private static final String CONSUMER = "counter-requests";

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
    void aConcurrentChangeIsRetriedAndAppliedOnceWithoutDeadLettering() throws SQLException {
        String counter = openCounter();
        faults.failTransiently(counter, 2, () -> new ConcurrencyException("An event at sequence [1] already exists"));
        String ceId = UUID.randomUUID().toString();

        request(counter, ceId, CounterInbound.INCREMENT_REQUESTED);

        await().atMost(PATIENCE).until(() -> db.processed(CONSUMER, ceId));
        assertThat(db.increments(counter)).isEqualTo(1);
        assertThat(faults.attempts(counter)).isEqualTo(3);
        assertNotDeadLettered(ceId);
    }

    @Test
    void aLostDatabaseConnectionIsRetriedAndAppliedOnceWithoutDeadLettering() throws SQLException {
        String counter = openCounter();
        // As the platform wraps a JDBC failure: the SQLState deep in the cause chain decides.
        faults.failTransiently(
                counter,
                2,
                () -> new IllegalStateException(
                        "Could not write", new SQLException("An I/O error occurred while sending", "08006")));
        String ceId = UUID.randomUUID().toString();

        request(counter, ceId, CounterInbound.INCREMENT_REQUESTED);

        await().atMost(PATIENCE).until(() -> db.processed(CONSUMER, ceId));
        assertThat(db.increments(counter)).isEqualTo(1);
        assertThat(faults.attempts(counter)).isEqualTo(3);
        assertNotDeadLettered(ceId);
    }

    @Test
    void aTransientFailureThatOutlastsTheRetriesIsDeadLetteredAsRetriesExhausted() throws SQLException {
        String counter = openCounter();
        faults.failTransiently(counter, 1_000, () -> new SQLException("could not serialize access", "40001"));
        String ceId = UUID.randomUUID().toString();

        request(counter, ceId, CounterInbound.INCREMENT_REQUESTED);

        ConsumerRecord<String, String> dead = kafka.await(DLQ, PATIENCE, r -> ceId.equals(ceId(r)));
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).startsWith("retries exhausted");
        assertThat(KafkaTestClient.header(dead, "dead-letter-exception-class-name"))
                .isEqualTo(RetriesExhaustedException.class.getName());
        assertThat(KafkaTestClient.header(dead, "dead-letter-cause")).isEqualTo("could not serialize access");
        assertThat(KafkaTestClient.header(dead, "dead-letter-cause-class-name"))
                .isEqualTo(SQLException.class.getName());
        // max-attempts=5 in the test configuration
        assertThat(faults.attempts(counter)).isEqualTo(5);
        assertThat(db.increments(counter)).isZero();
        assertThat(db.processed(CONSUMER, ceId)).isFalse();
    }

    @Test
    void aBrokenRuleIsDeadLetteredWithItsReasonAndTheOriginalHeaders() throws SQLException {
        String counter = openCounter();
        faults.refuse(counter);
        String ceId = UUID.randomUUID().toString();

        request(counter, ceId, CounterInbound.INCREMENT_REQUESTED);

        ConsumerRecord<String, String> dead = kafka.await(DLQ, PATIENCE, r -> ceId.equals(ceId(r)));
        assertThat(faults.attempts(counter)).as("poison is not retried").isEqualTo(1);
        assertThat(dead.key()).isEqualTo(counter);
        assertThat(dead.value()).isEqualTo(payload(counter));
        CloudEventAttributes ce = CloudEvents.fromHeaders(dead.headers());
        assertThat(ce.type()).isEqualTo(CounterInbound.INCREMENT_REQUESTED);
        assertThat(ce.source()).isEqualTo("/test");
        assertThat(ce.subject()).isEqualTo(counter);
        assertThat(KafkaTestClient.header(dead, "content-type")).isEqualTo("application/json");
        // What SmallRye's dead-letter queue adds (no cause: the refusal has none).
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason"))
                .isEqualTo("Counter " + counter + " refuses increments");
        assertThat(KafkaTestClient.header(dead, "dead-letter-exception-class-name"))
                .isEqualTo(CounterFaults.CounterRefused.class.getName());
        assertThat(KafkaTestClient.header(dead, "dead-letter-topic")).isEqualTo(REQUESTS);
        assertThat(KafkaTestClient.header(dead, "dead-letter-partition")).matches("[0-9]+");
        assertThat(KafkaTestClient.header(dead, "dead-letter-offset")).matches("[0-9]+");
        assertThat(KafkaTestClient.header(dead, "dead-letter-cause")).isNull();
        assertThat(db.increments(counter)).isZero();
    }

    @Test
    void aPayloadThatDoesNotParseIsDeadLettered() {
        String counter = "counter-" + UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();

        kafka.send(REQUESTS, counter, "{\"counterId\":", headers(ceId, counter, CounterInbound.INCREMENT_REQUESTED));

        ConsumerRecord<String, String> dead = kafka.await(DLQ, PATIENCE, r -> ceId.equals(ceId(r)));
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason"))
                .startsWith("Payload of " + CounterInbound.INCREMENT_REQUESTED + " " + ceId + " is not a valid");
    }

    @Test
    void aTypeTheConsumerDoesNotHandleIsAcknowledgedAndIgnored() throws SQLException {
        String counter = openCounter();
        String ignoredId = UUID.randomUUID().toString();
        String appliedId = UUID.randomUUID().toString();

        request(counter, ignoredId, "test.CounterAudited.v1");
        request(counter, appliedId, CounterInbound.INCREMENT_REQUESTED);

        // Same key, same partition, in order: the second is applied after the first was acknowledged.
        await().atMost(PATIENCE).until(() -> db.processed(CONSUMER, appliedId));
        assertThat(db.increments(counter)).isEqualTo(1);
        assertThat(db.processed(CONSUMER, ignoredId)).isFalse();
        assertThat(faults.attempts(counter)).isEqualTo(1);
        assertNotDeadLettered(ignoredId);
    }

    private String openCounter() {
        String counter = "counter-" + UUID.randomUUID();
        commands.sendAndWait(new CounterEvents.OpenCounter(counter, "router"));
        return counter;
    }

    private void request(String counter, String ceId, String type) {
        kafka.send(REQUESTS, counter, payload(counter), headers(ceId, counter, type));
    }

    private static String payload(String counter) {
        return "{\"counterId\":\"" + counter + "\"}";
    }

    private static Headers headers(String ceId, String subject, String type) {
        return CloudEvents.toHeaders(new CloudEventAttributes(ceId, type, "/test", subject, Instant.now()));
    }

    private static String ceId(ConsumerRecord<String, String> record) {
        return KafkaTestClient.header(record, CloudEvents.ID);
    }

    /** Reads the whole dead-letter topic for a few seconds: an absence, not a timing assertion. */
    private void assertNotDeadLettered(String ceId) {
        List<ConsumerRecord<String, String>> dead = kafka.awaitAll(DLQ, Duration.ofSeconds(3));
        assertThat(dead).noneMatch(r -> ceId.equals(ceId(r)));
    }
}
