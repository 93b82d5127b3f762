package uk.nhs.patientsafety.eventsourcing.readmodel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestTokens;
import uk.nhs.patientsafety.testing.TestUser;

/** A service that has stored no event yet still answers its read models' status (no head token at all). */
@QuarkusTest
@TestProfile(EmptyStoreReadModelTest.FreshStore.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class EmptyStoreReadModelTest {

    /** A profile of its own, so that this application starts on a database of its own, with no events. */
    public static class FreshStore implements QuarkusTestProfile {}

    @Test
    void aReadModelOfAnEmptyStoreHasNoHeadPosition() {
        given().auth()
                .oauth2(TestTokens.issue(TestUser.platformAdmin()))
                .get("/admin/read-models/counter.view")
                .then()
                .statusCode(200)
                .body("processingGroup", equalTo("counter.view"))
                .body("headPosition", equalTo(-1));
    }
}
