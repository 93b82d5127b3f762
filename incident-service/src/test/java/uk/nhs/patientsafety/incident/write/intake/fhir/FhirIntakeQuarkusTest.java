package uk.nhs.patientsafety.incident.write.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/** {@code POST /fhir/AdverseEvent}: an LFPSE-shaped AdverseEvent becomes an incident; refusals are OperationOutcomes. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class FhirIntakeQuarkusTest {

    static final TestUser RT5 = TestUser.providerReporter("RT5");

    static String sample() throws IOException {
        try (InputStream in = FhirIntakeQuarkusTest.class.getResourceAsStream("/fhir/adverse-event-incident.json")) {
            // A fresh local reference per test, so that each posts a new record.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("LRMS-0001", "LRMS-" + UUID.randomUUID().toString().substring(0, 8));
        }
    }

    static Response post(TestUser user, String body) {
        return Api.as(user)
                .contentType("application/fhir+json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post("/fhir/AdverseEvent");
    }

    @Test
    void anAdverseEventBecomesAnIncident() throws IOException {
        String id = post(RT5, sample())
                .then()
                .statusCode(201)
                .body("providerOds", equalTo("RT5"))
                .body("kind", equalTo("incident"))
                .body("patientRefs.size()", equalTo(2))
                .extract()
                .path("id");
        assertThat(id).isNotBlank();
    }

    @Test
    void unreadableFhirIsABadRequestOperationOutcome() {
        post(RT5, "{\"resourceType\": \"AdverseEvent\", ")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"));
        post(RT5, "{\"resourceType\": \"Patient\"}")
                .then()
                .statusCode(400)
                .body("issue.expression.flatten()", hasItem("AdverseEvent.resourceType"));
    }

    @Test
    void aRuleBrokenInFhirIsUnprocessableAndNamesTheElement() throws IOException {
        post(RT5, sample().replace("9434765919", "9434765918"))
                .then()
                .statusCode(422)
                .contentType(startsWith("application/fhir+json"))
                .body("issue.diagnostics.flatten()", hasItem(org.hamcrest.Matchers.containsString("NHS number")))
                .body("issue.expression.flatten()", hasItem(startsWith("AdverseEvent.contained")));
    }

    @Test
    void anotherProvidersEventIsForbiddenAndWithoutAKeyItIsRefused() throws IOException {
        post(TestUser.providerReporter("RKB"), sample())
                .then()
                .statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"));
        Api.as(RT5)
                .contentType("application/fhir+json")
                .body(sample())
                .post("/fhir/AdverseEvent")
                .then()
                .statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"));
    }
}
