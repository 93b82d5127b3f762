package uk.nhs.patientsafety.summit.write.changelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static uk.nhs.patientsafety.summit.fixtures.Api.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.summit.fixtures.Published;
import uk.nhs.patientsafety.testing.ContractSchemas;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * Provider escalation levels over REST, on real PostgreSQL and Kafka: changed by the lead commissioner or the region,
 * seen by the provider, its commissioners and its region, and published with the provider's region so that the
 * gateway's escalation stream reaches that region and no other.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class LevelsQuarkusTest {

    static Map<String, Object> to(String level) {
        return Map.of(
                "toLevel",
                level,
                "decisionMaker",
                "ICB Chief Nursing Officer",
                "rationale",
                "Summit outcome: staffing concerns.",
                "reviewOn",
                LocalDate.now().plusMonths(3).toString());
    }

    static String levelPath(String ods) {
        return "/escalations/levels/" + ods + "/actions/change-level";
    }

    @Test
    void theLeadCommissionerRaisesALevelTheProviderAndRegionSeeItAndItIsPublishedWithTheRegion() {
        as(QK1).contentType("application/json")
                .body(to("enhanced_surveillance"))
                .post(levelPath("RT5"))
                .then()
                .statusCode(200)
                .body("level", equalTo("enhanced_surveillance"))
                .body("previousLevel", equalTo("routine"));
        as(QKK).contentType("application/json")
                .body(to("enhanced_surveillance"))
                .post(levelPath("RJ1"))
                .then()
                .statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> get(RT5_LEAD, "/escalations/levels/RT5")
                .then()
                .statusCode(200)
                .body("level", equalTo("enhanced_surveillance"))
                .body("decidedByOds", equalTo("QK1"))
                .body("rationale", equalTo("Summit outcome: staffing concerns.")));
        get(MIDLANDS, "/escalations/levels").then().statusCode(200).body("providerOds", hasItems("RT5", "RKB"));
        get(MIDLANDS, "/escalations/levels?level=enhanced_surveillance")
                .then()
                .body("providerOds", equalTo(List.of("RT5")));
        get(QWU, "/escalations/levels").then().statusCode(200).body("providerOds", not(hasItem("RT5")));
        get(QWU, "/escalations/levels/RT5").then().statusCode(404).contentType("application/problem+json");
        get(LONDON, "/escalations/levels").then().body("providerOds", equalTo(List.of("RJ1")));
        get(QWU, "/escalations/levels/RKB").then().statusCode(200).body("level", equalTo("routine"));
        get(QK1, "/escalations/levels?level=special").then().statusCode(400);

        List<ConsumerRecord<String, String>> published = Published.readUntil(
                List.of(Topics.ESCALATION_EVENTS),
                Map.of("RT5", "escalation.EscalationLevelChanged.v1", "RJ1", "escalation.EscalationLevelChanged.v1"));
        for (ConsumerRecord<String, String> record : published) {
            String type = KafkaTestClient.header(record, CloudEvents.TYPE);
            if (!type.equals("escalation.EscalationLevelChanged.v1")) {
                continue;
            }
            assertThat(ContractSchemas.violations(type, record.value())).isEmpty();
            assertThat(record.value())
                    .contains(record.key().equals("RT5") ? "\"region\":\"Y60\"" : "\"region\":\"Y56\"")
                    .contains("\"toLevel\":\"enhanced_surveillance\"")
                    .doesNotContain("staffing")
                    .doesNotContain("Chief Nursing");
        }
    }

    @Test
    void onlyTheLeadCommissionerOrTheRegionChangesALevelOneStepAtATime() {
        as(QHL).contentType("application/json")
                .body(to("enhanced_surveillance"))
                .post(levelPath("RKB"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(RKB_LEAD)
                .contentType("application/json")
                .body(to("enhanced_surveillance"))
                .post(levelPath("RKB"))
                .then()
                .statusCode(403);
        as(QK1).contentType("application/json")
                .body(to("enhanced_surveillance"))
                .post(levelPath("RKB"))
                .then()
                .statusCode(404);
        as(LONDON)
                .contentType("application/json")
                .body(to("enhanced_surveillance"))
                .post(levelPath("RKB"))
                .then()
                .statusCode(404);
        as(MIDLANDS)
                .contentType("application/json")
                .body(to("intensive_support"))
                .post(levelPath("RKB"))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("toLevel"));
        as(MIDLANDS)
                .contentType("application/json")
                .body(Map.of("toLevel", "special_measures"))
                .post(levelPath("RKB"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("toLevel", "decisionMaker", "rationale", "reviewOn"));
        as(MIDLANDS)
                .contentType("application/json")
                .body(to("enhanced_surveillance"))
                .post(levelPath("RKB"))
                .then()
                .statusCode(200);
        as(QWU).contentType("application/json")
                .body(to("intensive_support"))
                .post(levelPath("RKB"))
                .then()
                .statusCode(200)
                .body("previousLevel", equalTo("enhanced_surveillance"));
    }
}
