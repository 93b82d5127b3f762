package uk.nhs.patientsafety.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents;
import uk.nhs.patientsafety.eventsourcing.counter.CounterPublishedEvents;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;

/** Publishing through the event-store outbox, and consuming with de-duplication and a dead-letter topic. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class OutboxAndInboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String REQUESTS = "test.counter-requests.v1";

    @Inject
    CommandGateway commands;

    @Inject
    AgroalDataSource dataSource;

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aPublishedEventArrivesOnKafkaAsACloudEventKeyedByAggregate() throws SQLException {
        String id = "counter-" + UUID.randomUUID();
        commands.sendAndWait(new CounterEvents.OpenCounter(id, "outbox"));
        commands.sendAndWait(new CounterEvents.Increment(id));

        ConsumerRecord<String, String> record =
                kafka.await(CounterPublishedEvents.TOPIC, Duration.ofSeconds(30), r -> id.equals(r.key()));

        CloudEventAttributes ce = CloudEvents.fromHeaders(record.headers());
        assertThat(ce.type()).isEqualTo("test.CounterIncremented.v1");
        assertThat(ce.source()).isEqualTo("/eventsourcing-test");
        assertThat(ce.subject()).isEqualTo(id);
        assertThat(ce.id()).isEqualTo(storedEventId(id, 1));
        assertThat(ce.time()).isBefore(Instant.now().plusSeconds(1));
        assertThat(header(record.headers(), "content-type")).isEqualTo("application/json");
        assertThat(record.value()).contains("\"value\":1").doesNotContain("topic");
    }

    @Test
    void aDuplicateCloudEventIdHasNoSecondEffect() throws SQLException {
        String id = "counter-" + UUID.randomUUID();
        commands.sendAndWait(new CounterEvents.OpenCounter(id, "inbox"));
        String ceId = UUID.randomUUID().toString();
        String otherCeId = UUID.randomUUID().toString();
        String request = "{\"counterId\":\"" + id + "\"}";

        kafka.send(REQUESTS, id, request, requestHeaders(ceId, id));
        kafka.send(REQUESTS, id, request, requestHeaders(ceId, id));
        kafka.send(REQUESTS, id, request, requestHeaders(otherCeId, id));

        // One key, one partition, handled in order: once the last id is recorded, the duplicate has been handled.
        await().atMost(PATIENCE).until(() -> processed("counter-requests", otherCeId));
        assertThat(increments(id))
                .as("two deliveries of one id and one of another: two increments")
                .isEqualTo(2);
    }

    @Test
    void aMessageWithoutCloudEventHeadersGoesToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();

        kafka.send(
                REQUESTS,
                key,
                "{\"counterId\":\"nobody\"}",
                new org.apache.kafka.common.header.internals.RecordHeaders());

        ConsumerRecord<String, String> dead = kafka.await(REQUESTS + ".dlq", PATIENCE, r -> key.equals(r.key()));
        assertThat(dead.value()).contains("nobody");
    }

    private static Headers requestHeaders(String ceId, String subject) {
        return CloudEvents.toHeaders(
                new CloudEventAttributes(ceId, "test.IncrementRequested.v1", "/test", subject, Instant.now()));
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private int increments(String id) throws SQLException {
        return Integer.parseInt(single(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?",
                id,
                CounterEvents.CounterIncremented.class.getName()));
    }

    private boolean processed(String consumer, String ceId) throws SQLException {
        return single("SELECT count(*) FROM processed_message WHERE consumer = ? AND message_id = ?", consumer, ceId)
                .equals("1");
    }

    private String storedEventId(String id, long sequence) throws SQLException {
        return single(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?::bigint",
                id,
                String.valueOf(sequence));
    }

    private String single(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
