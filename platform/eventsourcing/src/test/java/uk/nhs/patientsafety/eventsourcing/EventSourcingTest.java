package uk.nhs.patientsafety.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents;
import uk.nhs.patientsafety.eventsourcing.counter.CounterView;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;

/** The Axon runtime against a real PostgreSQL: event store, projections, tokens, retries, deadlines, upcasters. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class EventSourcingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    CommandGateway commands;

    @Inject
    EventStore eventStore;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CounterView view;

    @Test
    void commandAppendsJsonbEventsAndTheAggregateIsRebuiltFromThem() throws SQLException {
        String id = newId();
        commands.sendAndWait(new CounterEvents.OpenCounter(id, "beds"));
        commands.sendAndWait(new CounterEvents.Increment(id));

        // Rebuilt from its two stored events, the aggregate continues from value 1.
        int previous = commands.sendAndWait(new CounterEvents.Increment(id));

        assertThat(previous).isEqualTo(1);
        assertThat(queryStrings(
                        "SELECT payload->>'value' FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload->>'value' IS NOT NULL ORDER BY sequence_number",
                        id))
                .containsExactly("1", "2");
        assertThat(queryStrings(
                        "SELECT jsonb_typeof(payload) FROM domain_event_entry WHERE aggregate_identifier = ?", id))
                .containsOnly("object");
    }

    @Test
    void aCommandForAnUnknownAggregateFailsAndStoresNothing() throws SQLException {
        String id = newId();

        assertThatThrownBy(() -> commands.sendAndWait(new CounterEvents.Increment(id)))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThat(queryStrings("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?", id))
                .isEmpty();
    }

    @Test
    void theProjectionFollowsTheEventStore() {
        String id = newId();
        commands.sendAndWait(new CounterEvents.OpenCounter(id, "theatres"));
        commands.sendAndWait(new CounterEvents.Increment(id));
        commands.sendAndWait(new CounterEvents.Increment(id));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(viewRow(id)).containsExactly("theatres", "2", "2"));
    }

    @Test
    void aFailingHandlerRollsBackItsWritesWithTheTokenAndIsRetriedNotSkipped() throws SQLException {
        String id = newId();
        int failuresBefore = view.failedAttempts();
        view.failNextIncrements(id, 2);

        commands.sendAndWait(new CounterEvents.OpenCounter(id, "wards"));
        commands.sendAndWait(new CounterEvents.Increment(id));
        commands.sendAndWait(new CounterEvents.Increment(id));

        // The handler wrote, then failed: its write rolled back with the batch (the next attempt is a backoff away).
        await().atMost(PATIENCE).until(() -> view.failedAttempts() > failuresBefore);
        assertThat(viewRow(id)).isIn(List.of(), List.of("wards", "0", "0"));
        // After two injected failures the same events are handled again, each applied exactly once.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(viewRow(id)).containsExactly("wards", "2", "2"));
        assertThat(view.failedAttempts() - failuresBefore).isEqualTo(2);
    }

    @Test
    void aDeadlineFiresAndItsHandlerAppendsAnEvent() {
        String id = newId();
        commands.sendAndWait(new CounterEvents.OpenCounter(id, "clinic"));
        commands.sendAndWait(new CounterEvents.ScheduleReminder(id, Duration.ofMillis(300)));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(payloadTypes(id))
                .contains(CounterEvents.ReminderFired.class.getName()));
    }

    @Test
    void anUpcasterAppliesToAnOldStoredEvent() throws SQLException {
        String id = newId();
        // A revision 1 CounterOpened, written before labels existed.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                                + " VALUES (?, ?, 0, 'Counter', '2019-04-01T09:00:00Z', ?, '1', ?::jsonb, '{}'::jsonb)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, id);
            insert.setString(3, CounterEvents.CounterOpened.class.getName());
            insert.setString(4, "{\"counterId\":\"" + id + "\"}");
            insert.executeUpdate();
        }

        Object opened = eventStore.readEvents(id).next().getPayload();

        assertThat(opened).isEqualTo(new CounterEvents.CounterOpened(id, "unlabelled"));
        // The aggregate loads from the upcast event and goes on.
        assertThat((int) commands.sendAndWait(new CounterEvents.Increment(id))).isZero();
    }

    private static String newId() {
        return "counter-" + UUID.randomUUID();
    }

    private List<String> viewRow(String id) throws SQLException {
        return queryStrings(
                "SELECT unnest(ARRAY[label, value::text, applied::text]) FROM counter_view WHERE counter_id = ?", id);
    }

    private List<String> payloadTypes(String id) throws SQLException {
        return queryStrings(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                id);
    }

    private List<String> queryStrings(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
