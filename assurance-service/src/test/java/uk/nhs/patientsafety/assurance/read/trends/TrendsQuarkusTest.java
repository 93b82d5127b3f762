package uk.nhs.patientsafety.assurance.read.trends;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.fixtures.Api;
import uk.nhs.patientsafety.assurance.fixtures.Database;
import uk.nhs.patientsafety.assurance.fixtures.IncidentFeed;
import uk.nhs.patientsafety.contracts.ContractJson;
import uk.nhs.patientsafety.contracts.incident.HarmRegraded;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * Trends from incident-service's events (the producer's examples): monthly counts, each incident counted once per
 * measure in the month it was reported, charted with the XmR rules; aggregates only for those entitled to them.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class TrendsQuarkusTest {

    /** RRK: lead commissioner QHL, responsible QK1, region Y60. QWU does not commission it. */
    static final TestUser QK1_VIEWER = TestUser.icbViewer("QK1");

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

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

    private String reported(YearMonth month, String neverEvent) throws Exception {
        ObjectNode event;
        try (InputStream in = getClass().getResourceAsStream("/examples/incident/IncidentReported.v1.json")) {
            event = (ObjectNode) ContractJson.mapper().readTree(in);
        }
        String incident = IncidentFeed.newIncident();
        Instant at = month.atDay(10).atTime(12, 0).atZone(England.ZONE).toInstant();
        event.put("incidentId", incident).put("providerOds", "RRK").put("framework", "PSIRF2022");
        event.put("reportedAt", at.toString()).put("occurredAt", at.toString()).put("physicalHarm", "low");
        if (neverEvent == null) {
            event.putNull("neverEventType");
        } else {
            event.put("neverEventType", neverEvent);
        }
        feed.send(UUID.randomUUID().toString(), IncidentReported.TYPE, incident, event.toString(), IncidentFeed.SOURCE);
        return incident;
    }

    @Test
    void aMonthFarAboveTheProcessLimitIsASpecialCause() throws Exception {
        YearMonth now = YearMonth.from(England.dateOf(Instant.now()));
        for (int back = 11; back >= 1; back--) {
            reported(now.minusMonths(back), null);
        }
        String regradedLater = null;
        for (int i = 0; i < 6; i++) {
            String incident = reported(now, i == 0 ? "wrong_site_surgery" : null);
            regradedLater = regradedLater == null ? incident : regradedLater;
        }
        // A regrade of an incident reported this month counts it as severe harm or death, this month, once.
        ObjectNode regrade;
        try (InputStream in = getClass().getResourceAsStream("/examples/incident/HarmRegraded.v1.json")) {
            regrade = (ObjectNode) ContractJson.mapper().readTree(in);
        }
        regrade.put("incidentId", regradedLater).put("providerOds", "RRK").put("worstHarm", "fatal");
        regrade.put(
                "occurredAt",
                now.plusMonths(1)
                        .atDay(2)
                        .atStartOfDay(England.ZONE)
                        .toInstant()
                        .toString());
        for (int copy = 0; copy < 2; copy++) {
            feed.send(
                    UUID.randomUUID().toString(),
                    HarmRegraded.TYPE,
                    regradedLater,
                    regrade.toString(),
                    IncidentFeed.SOURCE);
        }

        String path = "/assurance/trends?providerOds=RRK&from=" + now.minusMonths(11) + "&to=" + now;
        await().atMost(Api.PATIENCE)
                .untilAsserted(
                        () -> Api.get(QK1_VIEWER, path).then().statusCode(200).body("points[11].value", equalTo(6)));
        // Mean 17/12; mean moving range 5/11; upper limit ≈ 2.63.
        Api.get(QK1_VIEWER, path)
                .then()
                .body("points.size()", equalTo(12))
                .body("points[0].month", equalTo(now.minusMonths(11).toString()))
                .body("points[0].value", equalTo(1))
                .body("specialCause", equalTo(true))
                .body("points[11].signals", hasItem("above_upper_limit"))
                // The eleven quiet months before it are all below the mean: a run too.
                .body("points[10].signals", equalTo(java.util.List.of("run_below_mean")));
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.get(
                        QK1_VIEWER, "/assurance/trends?providerOds=RRK&measure=severe_harm_or_death")
                .then()
                .body("points[11].value", equalTo(1)));
        // The special cause is published as a theme, once for the month, codes only.
        String theme = uk.nhs.patientsafety.assurance.write.theme.Theme.themeIdFor("RRK", "incidents", now.toString());
        org.apache.kafka.clients.consumer.ConsumerRecord<String, String> published = kafka.await(
                uk.nhs.patientsafety.contracts.Topics.ASSURANCE_EVENTS, Api.PATIENCE, r -> theme.equals(r.key()));
        org.assertj.core.api.Assertions.assertThat(KafkaTestClient.header(published, "ce_type"))
                .isEqualTo("assurance.ThemeIdentified.v1");
        org.assertj.core.api.Assertions.assertThat(uk.nhs.patientsafety.assurance.fixtures.ContractSchemas.violations(
                        "assurance.ThemeIdentified.v1", published.value()))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(published.value())
                .contains("\"month\":\"" + now + "\"", "above_upper_limit");
        Database db = new Database(dataSource);
        org.assertj.core.api.Assertions.assertThat(db.events(theme, "ThemeIdentified"))
                .isEqualTo(1);
        // The first month has no history before it: no special cause can be told from it.
        org.assertj.core.api.Assertions.assertThat(db.events(
                        uk.nhs.patientsafety.assurance.write.theme.Theme.themeIdFor(
                                "RRK", "incidents", now.minusMonths(11).toString()),
                        "ThemeIdentified"))
                .isZero();
        Api.get(QK1_VIEWER, "/assurance/trends?providerOds=RRK&measure=never_events")
                .then()
                .body("points[11].value", equalTo(1))
                .body("points.value", hasItems(0, 1));
    }

    @Test
    void aggregatesAreForTheProviderItsCommissionersItsRegionAndNationalTeamsOnly() {
        Api.get(TestUser.icbQualityLead("QHL"), "/assurance/trends?providerOds=RRK")
                .then()
                .statusCode(200);
        Api.get(TestUser.providerPatientSafetyLead("RRK"), "/assurance/trends?providerOds=RRK")
                .then()
                .statusCode(200);
        Api.get(TestUser.nhseRegional("Y60"), "/assurance/trends?providerOds=RRK")
                .then()
                .statusCode(200);
        Api.get(TestUser.nhseNational(), "/assurance/trends?providerOds=RRK")
                .then()
                .statusCode(200);
        Api.get(TestUser.icbQualityLead("QWU"), "/assurance/trends?providerOds=RRK")
                .then()
                .statusCode(404);
        Api.get(TestUser.providerPatientSafetyLead("RKB"), "/assurance/trends?providerOds=RRK")
                .then()
                .statusCode(404);
        Api.get(QK1_VIEWER, "/assurance/trends?providerOds=RRK&measure=vibes&from=2026-13&to=2026-01")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("measure", "from"));
        Api.get(QK1_VIEWER, "/assurance/trends?providerOds=RRK&from=2020-01&to=2026-01")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
        Api.get(QK1_VIEWER, "/assurance/trends").then().statusCode(400);
    }
}
