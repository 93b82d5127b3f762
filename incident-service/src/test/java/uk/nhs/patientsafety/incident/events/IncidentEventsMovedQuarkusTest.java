package uk.nhs.patientsafety.incident.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.incident.events.IncidentEvents.IncidentContent;
import uk.nhs.patientsafety.incident.events.IncidentEvents.IncidentReported;
import uk.nhs.patientsafety.incident.events.IncidentEvents.PatientRecord;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;

/** An event stored under the events' old package is read as the same event: moving code loses no incident. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class IncidentEventsMovedQuarkusTest {

    @Inject
    AxonRuntime axon;

    @Inject
    EventStore eventStore;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_event_stored_under_its_old_class_name_is_read_as_the_same_event() throws SQLException {
        String id = UUID.randomUUID().toString();
        IncidentReported reported = new IncidentReported(
                new IncidentKey(id, "RT5", "PSIRF2022"),
                "incident",
                "LRMS-MOVED-1",
                1,
                new IncidentContent(
                        LocalDate.parse("2025-06-01"),
                        Instant.parse("2025-06-01T09:00:00Z"),
                        "Fall on the ward.",
                        null,
                        false,
                        null,
                        List.of(new PatientRecord("pt-1", "sealed", "65-74", "3", "4")),
                        null,
                        null,
                        null,
                        null,
                        null),
                Instant.parse("2025-06-01T10:00:00Z"));
        String payload = axon.configuration()
                .serializer()
                .serialize(reported, String.class)
                .getData();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                                + " VALUES (?, ?, 0, 'Incident', '2025-06-01T10:00:00Z', ?, '1', ?::jsonb, '{}'::jsonb)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, id);
            insert.setString(3, IncidentEventsMovedUpcaster.OLD + "IncidentReported");
            insert.setString(4, payload);
            insert.executeUpdate();
        }

        assertThat(eventStore.readEvents(id).next().getPayload()).isEqualTo(reported);
    }
}
