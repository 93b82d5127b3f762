package uk.nhs.patientsafety.summit;

import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentDeclared;
import uk.nhs.patientsafety.summit.fixtures.IncidentEvents;
import uk.nhs.patientsafety.summit.fixtures.Times;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.StoredRows;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * How fast the service consumes {@code incident.events.v1} with its effects committed, in-process (the Quarkus test
 * application, real PostgreSQL, the in-process broker): {@code benchmark.events} events (20,000), one in 40 a never
 * event (a concern each) and one in 40 a serious incident (the repeat rule), the rest ordinary reports; timed from the
 * first send until every record is recorded as processed and every concern exists. Not part of the suite (the name
 * does not end in Test): {@code ./mvnw -B -o -pl summit-service -am verify -Dtest=SummitServiceBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Prints the figure; asserts nothing about time.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class SummitServiceBenchmark {

    static final int EVENTS = Integer.getInteger("benchmark.events", 20_000);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void consumesIncidentEventsWithTheirEffectsCommitted() {
        StoredRows db = new StoredRows(dataSource);
        long processedBefore = processed(db);
        long concernsBefore = db.count("SELECT count(*) FROM concern_view");
        String run = UUID.randomUUID().toString().substring(0, 8);
        int neverEvents = 0;
        Instant start = Instant.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.LINGER_MS_CONFIG, 5))) {
            for (int i = 0; i < EVENTS; i++) {
                String incident = run + "-" + i;
                String type;
                String payload;
                if (i % 40 == 0) {
                    type = IncidentReported.TYPE;
                    payload = IncidentEvents.neverEventReported(incident, "RT5").toString();
                    neverEvents++;
                } else if (i % 40 == 20) {
                    type = SeriousIncidentDeclared.TYPE;
                    // A year apart per provider: the repeat rule counts, but rarely fires.
                    payload = IncidentEvents.seriousIncidentDeclared(
                                    incident,
                                    "RKB",
                                    Times.at(LocalDate.of(2014, 1, 1).plusDays(i), 10))
                            .toString();
                } else {
                    type = IncidentReported.TYPE;
                    payload = IncidentEvents.reportedWithoutNeverEvent(incident, "RKB")
                            .toString();
                }
                producer.send(new ProducerRecord<>(
                        Topics.INCIDENT_EVENTS,
                        null,
                        incident,
                        payload,
                        CloudEvents.toHeaders(new CloudEventAttributes(
                                UUID.randomUUID().toString(), type, "/incident-service", incident, Instant.now()))));
            }
            producer.flush();
        }
        long expectedConcerns = concernsBefore + neverEvents;
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> processed(db) - processedBefore >= EVENTS);
        Duration consumed = Duration.between(start, Instant.now());
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> db.count("SELECT count(*) FROM concern_view") >= expectedConcerns);
        Duration withViews = Duration.between(start, Instant.now());
        System.out.printf(
                "BENCHMARK summit-service inbound: %d incident events (%d never events) consumed with effects committed"
                        + " in %d ms = %.0f events/s; concerns visible in the read model after %d ms%n",
                EVENTS, neverEvents, consumed.toMillis(), EVENTS * 1000.0 / consumed.toMillis(), withViews.toMillis());
    }

    private static long processed(StoredRows db) {
        return db.count("SELECT count(*) FROM processed_message WHERE consumer = 'summit-service.incident'");
    }
}
