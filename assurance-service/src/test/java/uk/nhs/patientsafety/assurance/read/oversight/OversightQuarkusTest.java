package uk.nhs.patientsafety.assurance.read.oversight;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.fixtures.Api;
import uk.nhs.patientsafety.assurance.fixtures.IncidentFeed;
import uk.nhs.patientsafety.assurance.fixtures.Journeys;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.ContractJson;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.contracts.candour.CandourOverdue;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * The oversight summary counts a provider's exceptions; candour-service's overdue signals (its schema example) are
 * counted once per candour case. Counts are compared before and after, since other tests share the database.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class OversightQuarkusTest {

    static final TestUser QHL_LEAD = TestUser.icbQualityLead("QHL");

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

    private int count(String field) {
        return Api.get(QHL_LEAD, "/assurance/oversight?providerOds=RRK")
                .then()
                .statusCode(200)
                .extract()
                .path(field);
    }

    private void candourOverdue(String candourCase, String step, String source) throws Exception {
        ObjectNode event;
        try (InputStream in = getClass().getResourceAsStream("/examples/candour/CandourOverdue.v1.json")) {
            event = (ObjectNode) ContractJson.mapper().readTree(in);
        }
        event.put("candourCaseId", candourCase).put("providerOds", "RRK").put("step", step);
        kafka.send(
                Topics.CANDOUR_EVENTS,
                candourCase,
                event.toString(),
                CloudEvents.toHeaders(new CloudEventAttributes(
                        UUID.randomUUID().toString(), CandourOverdue.TYPE, source, candourCase, Instant.now())));
    }

    @Test
    void aProvidersCasesAndCandourSignalsAreCounted() throws Exception {
        int cases = count("casesInReview");
        int candour = count("candourOverdue");

        Journeys.opened(feed, "RRK", QHL_LEAD);
        String candourCase = UUID.randomUUID().toString();
        candourOverdue(candourCase, "verbal_notification", "/candour-service");
        candourOverdue(candourCase, "verbal_notification", "/candour-service");
        candourOverdue(candourCase, "written_notification", "/candour-service");
        candourOverdue(UUID.randomUUID().toString(), "verbal_notification", "/summit-service");
        kafka.await(Topics.CANDOUR_EVENTS + ".dlq", Api.PATIENCE, r -> true);

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.get(QHL_LEAD, "/assurance/oversight?providerOds=RRK")
                .then()
                .body("casesInReview", equalTo(cases + 1))
                .body("candourOverdue", equalTo(candour + 1)));
    }

    @Test
    void theSummaryIsForThoseWhoMayReadTheProvidersAggregates() {
        Api.get(TestUser.icbViewer("QK1"), "/assurance/oversight?providerOds=RRK")
                .then()
                .statusCode(200);
        Api.get(TestUser.icbQualityLead("QWU"), "/assurance/oversight?providerOds=RRK")
                .then()
                .statusCode(404);
        Api.get(QHL_LEAD, "/assurance/oversight").then().statusCode(400);
    }
}
