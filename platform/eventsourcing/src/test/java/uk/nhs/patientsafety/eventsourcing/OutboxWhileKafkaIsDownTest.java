package uk.nhs.patientsafety.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents;
import uk.nhs.patientsafety.eventsourcing.counter.CounterPublishedEvents;
import uk.nhs.patientsafety.testing.KafkaBrokerProcess;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.PostgresTestResource;

/** The event store is the outbox: while Kafka is down nothing is lost and the outbox token waits. */
@QuarkusTest
@TestProfile(OutboxWhileKafkaIsDownTest.OneSegment.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OutboxWhileKafkaIsDownTest.RestartableKafka.class)
class OutboxWhileKafkaIsDownTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** One segment, so the outbox has a single token to watch. */
    public static class OneSegment implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.eventsourcing.processors.initial-segments", "1");
        }
    }

    /** A broker in its own process, so that it can be stopped and started again on the same port. */
    public static class RestartableKafka implements QuarkusTestResourceLifecycleManager {
        static KafkaBrokerProcess broker;

        @Override
        public Map<String, String> start() {
            broker = new KafkaBrokerProcess();
            broker.start();
            return Map.of(
                    "kafka.bootstrap.servers", broker.bootstrapServers(),
                    "mp.messaging.connector.smallrye-kafka.bootstrap.servers", broker.bootstrapServers());
        }

        @Override
        public void stop() {
            broker.close();
        }
    }

    @Inject
    CommandGateway commands;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventsAppendedWhileKafkaIsDownArriveOnceItIsBack() throws Exception {
        String id = "counter-" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(RestartableKafka.broker.bootstrapServers())) {
            commands.sendAndWait(new CounterEvents.OpenCounter(id, "outage"));
            commands.sendAndWait(new CounterEvents.Increment(id));
            kafka.await(CounterPublishedEvents.TOPIC, PATIENCE, r -> id.equals(r.key()));

            RestartableKafka.broker.stop();
            // Reports are still taken while Kafka is down.
            commands.sendAndWait(new CounterEvents.Increment(id));
            commands.sendAndWait(new CounterEvents.Increment(id));
            long firstUnpublished = globalIndex(id, 2);

            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> outboxTokenIndex() < firstUnpublished);

            RestartableKafka.broker.start();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                            kafka.awaitAll(CounterPublishedEvents.TOPIC, Duration.ofSeconds(5)).stream()
                                    .filter(r -> id.equals(r.key()))
                                    .map(ConsumerRecord::value)
                                    .distinct()
                                    .toList())
                    .hasSize(3));
            await().atMost(PATIENCE).until(() -> outboxTokenIndex() >= globalIndex(id, 3));
        }
    }

    private long globalIndex(String id, long sequence) throws SQLException {
        return query("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = '" + id
                + "' AND sequence_number = " + sequence);
    }

    /** The outbox processor's position: its token is Jackson JSON with an {@code index}. */
    private long outboxTokenIndex() throws SQLException {
        return query("SELECT coalesce((convert_from(token, 'UTF8')::jsonb->>'index')::bigint, -1) FROM token_entry"
                + " WHERE processor_name = 'outbox'");
    }

    private long query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }
}
