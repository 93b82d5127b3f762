package uk.nhs.patientsafety.incident.read.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Database;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/** The read model is derived data: replaying the event store rebuilds it row for row. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class ReplayQuarkusTest {

    static final String SNAPSHOT =
            "SELECT string_agg(row_to_json(v)::text, E'\\n' ORDER BY incident_id) FROM incident_view v";

    @Inject
    AxonRuntime axon;

    @Inject
    ReadModelReplay admin;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void replayRebuildsTheReadModelIdentically() {
        Database db = new Database(dataSource);
        TestUser rkb = TestUser.providerPatientSafetyLead("RKB");
        TestUser rt5 = TestUser.providerPatientSafetyLead("RT5");
        for (int i = 0; i < 3; i++) {
            String sif =
                    Api.reported(rkb, Reports.with(Reports.incident("RKB"), "involvedOrganisations", List.of("RT5")));
            Api.act(rkb, sif, "declare-serious-incident").then().statusCode(200);
            Api.act(rkb, sif, "log-on-steis", Map.of("logNumber", "2026/" + i))
                    .then()
                    .statusCode(200);
            String psirf = Api.reported(rt5, Reports.risk("RT5"));
            Api.act(rt5, psirf, "choose-learning-response", Map.of("responseType", "swarm"))
                    .then()
                    .statusCode(200);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.status().caughtUp());
        String before = db.strings(SNAPSHOT).get(0);

        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        assertThat(db.count("SELECT count(*) FROM incident_view")).isZero();
        processor.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.status().caughtUp());

        assertThat(db.strings(SNAPSHOT).get(0)).isEqualTo(before);
    }

    private StreamingEventProcessor processor() {
        return axon.configuration()
                .eventProcessingConfiguration()
                .eventProcessor(IncidentProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }
}
