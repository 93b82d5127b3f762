package uk.nhs.patientsafety.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * An event whose transaction commits after many later events is still handled: its place in the global index is a
 * gap the processors wait for, however many events are appended meanwhile (Axon's default gives up on a gap after
 * 10,000 later events, which a busy minute can exceed).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class SlowTransactionGapTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** More later events than Axon's default gap offset of 10,000. */
    private static final int LATER_EVENTS = 10_500;

    @Inject
    CommandGateway commands;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSlowTransactionsEventIsHandledAfterManyLaterEvents() throws Exception {
        TestDb db = new TestDb(dataSource);
        String slow = "counter-" + UUID.randomUUID();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slowTransaction = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().timeout(120).run(() -> {
                    // The command joins this transaction: its event takes a global index now, commits later.
                    commands.sendAndWait(new CounterEvents.OpenCounter(slow, "slow"));
                    appended.countDown();
                    awaitRelease(release);
                }));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();

        appendUnrelatedEvents(LATER_EVENTS);
        String later = "counter-" + UUID.randomUUID();
        commands.sendAndWait(new CounterEvents.OpenCounter(later, "later"));
        // The projection has gone past the slow event's index by more than Axon's default gap offset.
        await().atMost(PATIENCE).until(() -> db.single("SELECT count(*) FROM counter_view WHERE counter_id = ?", later)
                .equals("1"));

        release.countDown();
        slowTransaction.get(30, TimeUnit.SECONDS);
        await().atMost(PATIENCE).until(() -> db.single("SELECT count(*) FROM counter_view WHERE counter_id = ?", slow)
                .equals("1"));
    }

    /** Events of a type no handler knows, committed at once, as other aggregates' busy traffic. */
    private void appendUnrelatedEvents(int count) throws Exception {
        String now = Instant.now().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO domain_event_entry (event_identifier,"
                                + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,"
                                + " payload, meta_data) VALUES (?, ?, 0, 'Other', ?, 'test.OtherEvent', NULL, '{}', '{}')")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, "other-" + UUID.randomUUID());
                insert.setString(3, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
