package uk.nhs.patientsafety.summit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.patientsafety.summit.fixtures.Api.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.contracts.assurance.ThemeIdentified;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.StoredRows;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * A theme assurance-service identified ({@code assurance.ThemeIdentified}, built from its schema example) raises one
 * quality concern for the provider's lead commissioner; a redelivery raises none; another source is dead-lettered.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class AssuranceInboundQuarkusTest {

    @Inject
    AgroalDataSource dataSource;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    static ObjectNode theme(String themeId) throws Exception {
        try (InputStream in =
                AssuranceInboundQuarkusTest.class.getResourceAsStream("/examples/assurance/ThemeIdentified.v1.json")) {
            ObjectNode theme = (ObjectNode) new ObjectMapper().readTree(in);
            return theme.put("themeId", themeId);
        }
    }

    void publish(String ceId, ObjectNode theme, String source) {
        String key = theme.path("themeId").asText();
        kafka.send(
                Topics.ASSURANCE_EVENTS,
                key,
                theme.toString(),
                CloudEvents.toHeaders(
                        new CloudEventAttributes(ceId, ThemeIdentified.TYPE, source, key, Instant.now())));
    }

    @Test
    void aThemeRaisesOneConcernForTheProvidersIcb() throws Exception {
        StoredRows db = new StoredRows(dataSource);
        String themeId = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        publish(ceId, theme(themeId), "/assurance-service");
        publish(ceId, theme(themeId), "/assurance-service");
        String marker = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), theme(marker), "/assurance-service");

        await().atMost(PATIENCE)
                .until(() -> db.count(
                                "SELECT count(*) FROM concern_view WHERE rule = 'theme_identified' AND raised_at > now()"
                                        + " - interval '10 minutes'")
                        >= 2);
        assertThat(db.count("SELECT count(*) FROM processed_message WHERE consumer = 'summit-service.assurance'"))
                .isEqualTo(2);
        String concern = db.strings(
                        "SELECT concern_id FROM concern_view WHERE rule = 'theme_identified' ORDER BY raised_at LIMIT 1")
                .get(0);
        get(QK1, "/concerns/" + concern)
                .then()
                .statusCode(200)
                .body("providerOds", equalTo("RT5"))
                .body("source", equalTo("si_trend"))
                .body("raisedByOds", equalTo("QK1"));
        get(QWU, "/concerns/" + concern).then().statusCode(404);
    }

    @Test
    void aThemeFromAnyoneButAssuranceServiceIsDeadLettered() throws Exception {
        String themeId = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), theme(themeId), "/incident-service");
        ConsumerRecord<String, String> refused =
                kafka.await(Topics.ASSURANCE_EVENTS + ".dlq", PATIENCE, r -> themeId.equals(r.key()));
        assertThat(KafkaTestClient.header(refused, "dead-letter-reason")).contains("/assurance-service");
    }
}
