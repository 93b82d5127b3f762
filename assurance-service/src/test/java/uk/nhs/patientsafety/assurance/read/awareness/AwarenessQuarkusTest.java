package uk.nhs.patientsafety.assurance.read.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.fixtures.Api;
import uk.nhs.patientsafety.assurance.fixtures.Database;
import uk.nhs.patientsafety.assurance.fixtures.IncidentFeed;
import uk.nhs.patientsafety.assurance.write.awareness.AwarenessItem;
import uk.nhs.patientsafety.contracts.ContractJson;
import uk.nhs.patientsafety.contracts.incident.HarmRegraded;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * The awareness feed from incident-service's events (built from its schema examples): what is listed for which ICB,
 * acknowledgement by a quality lead, and the flag on items unacknowledged past one working day.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class AwarenessQuarkusTest {

    static final TestUser QK1_LEAD = TestUser.icbQualityLead("QK1");
    static final TestUser QK1_VIEWER = TestUser.icbViewer("QK1");
    static final TestUser QWU_LEAD = TestUser.icbQualityLead("QWU");
    static final TestUser QHL_VIEWER = TestUser.icbViewer("QHL");
    static final TestUser RT5_LEAD = TestUser.providerPatientSafetyLead("RT5");

    @Inject
    AgroalDataSource dataSource;

    KafkaTestClient kafka;
    IncidentFeed feed;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        feed = new IncidentFeed(kafka);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    static ObjectNode example(String name) throws Exception {
        try (InputStream in = AwarenessQuarkusTest.class.getResourceAsStream("/examples/incident/" + name)) {
            return (ObjectNode) ContractJson.mapper().readTree(in);
        }
    }

    private void reported(String incident, String provider, String neverEvent, String harm, Instant at)
            throws Exception {
        ObjectNode event = example("IncidentReported.v1.json");
        event.put("incidentId", incident).put("providerOds", provider).put("framework", "PSIRF2022");
        event.put("physicalHarm", harm).put("reportedAt", at.toString()).put("occurredAt", at.toString());
        if (neverEvent == null) {
            event.putNull("neverEventType");
        } else {
            event.put("neverEventType", neverEvent);
        }
        feed.send(UUID.randomUUID().toString(), IncidentReported.TYPE, incident, event.toString(), IncidentFeed.SOURCE);
    }

    private static List<String> feedIncidents(TestUser user) {
        return Api.get(user, "/assurance/awareness?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.incidentId");
    }

    @Test
    void aNeverEventIsListedForTheCommissioningIcbAndAcknowledgedByItsQualityLead() throws Exception {
        String incident = IncidentFeed.newIncident();
        reported(incident, "RT5", "wrong_site_surgery", "none", Instant.now());

        await().atMost(Api.PATIENCE).until(() -> feedIncidents(QK1_VIEWER).contains(incident));
        Api.get(QK1_VIEWER, "/assurance/awareness?acknowledged=false&providerOds=RT5")
                .then()
                .body("items.find { it.incidentId == '" + incident + "' }.reasons", equalTo(List.of("never_event")))
                .body(
                        "items.find { it.incidentId == '" + incident + "' }.neverEventType",
                        equalTo("wrong_site_surgery"))
                .body("items.find { it.incidentId == '" + incident + "' }.flagged", equalTo(false));
        // Another ICB's feed does not list it; a provider has no feed.
        assertThat(feedIncidents(QWU_LEAD)).doesNotContain(incident);
        Api.get(RT5_LEAD, "/assurance/awareness").then().statusCode(403);

        String item = AwarenessItem.itemIdFor(incident, "QK1");
        Api.as(QK1_VIEWER)
                .post("/assurance/awareness/" + item + "/actions/acknowledge")
                .then()
                .statusCode(403);
        Api.as(QWU_LEAD)
                .post("/assurance/awareness/" + item + "/actions/acknowledge")
                .then()
                .statusCode(404);
        Api.as(QK1_LEAD)
                .post("/assurance/awareness/" + item + "/actions/acknowledge")
                .then()
                .statusCode(200)
                .body("status", equalTo("acknowledged"));
        Api.as(QK1_LEAD)
                .post("/assurance/awareness/" + item + "/actions/acknowledge")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("already-acknowledged"));
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.get(QK1_LEAD, "/assurance/awareness?acknowledged=true")
                .then()
                .body("items.incidentId", hasItem(incident))
                .body("items.find { it.incidentId == '" + incident + "' }.acknowledgedBy", equalTo("QK1")));
        assertThat(new Database(dataSource)
                        .count("SELECT count(*) FROM access_audit WHERE record_id = ? AND org = 'QK1'", incident))
                .isPositive();
    }

    @Test
    void aDeathIsListedForEveryCommissionerAndAnUnremarkableIncidentForNone() throws Exception {
        String death = IncidentFeed.newIncident();
        String minor = IncidentFeed.newIncident();
        reported(minor, "RKB", null, "low", Instant.now());
        reported(death, "RKB", null, "moderate", Instant.now());
        ObjectNode regraded = example("HarmRegraded.v1.json");
        regraded.put("incidentId", death).put("providerOds", "RKB").put("worstHarm", "fatal");
        regraded.put("occurredAt", Instant.now().toString());
        feed.send(UUID.randomUUID().toString(), HarmRegraded.TYPE, death, regraded.toString(), IncidentFeed.SOURCE);

        // RKB's lead (QWU) and its responsible commissioner (QHL) both list it.
        await().atMost(Api.PATIENCE)
                .until(() -> feedIncidents(QWU_LEAD).contains(death)
                        && feedIncidents(QHL_VIEWER).contains(death));
        Api.get(QWU_LEAD, "/assurance/awareness?size=100")
                .then()
                .body("items.find { it.incidentId == '" + death + "' }.reasons", equalTo(List.of("death")))
                .body("items.incidentId", not(hasItem(minor)));
    }

    @Test
    void anItemUnacknowledgedPastOneWorkingDayIsFlagged() throws Exception {
        String incident = IncidentFeed.newIncident();
        reported(incident, "RT5", null, "severe", Instant.now().minus(Duration.ofDays(6)));

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.get(QK1_LEAD, "/assurance/awareness?flagged=true&size=100")
                .then()
                .statusCode(200)
                .body("items.incidentId", hasItem(incident)));
        Api.get(QK1_LEAD, "/assurance/awareness?flagged=maybe").then().statusCode(400);
    }
}
