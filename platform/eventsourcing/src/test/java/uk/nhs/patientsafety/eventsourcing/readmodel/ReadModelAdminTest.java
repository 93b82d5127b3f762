package uk.nhs.patientsafety.eventsourcing.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.eventsourcing.TestDb;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestTokens;
import uk.nhs.patientsafety.testing.TestUser;

/** Status and rebuild of any projection group; the outbox refused; unknown groups and callers refused. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class ReadModelAdminTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String VIEW = "counter.view";

    @Inject
    CommandGateway commands;

    @Inject
    AgroalDataSource dataSource;

    private TestDb db;

    @BeforeEach
    void connect() {
        db = new TestDb(dataSource);
    }

    @Test
    void aRebuildReplaysTheEventStoreIntoTheView() throws Exception {
        String counter = "counter-" + UUID.randomUUID();
        commands.sendAndWait(new CounterEvents.OpenCounter(counter, "rebuild"));
        commands.sendAndWait(new CounterEvents.Increment(counter));
        commands.sendAndWait(new CounterEvents.Increment(counter));
        await().atMost(PATIENCE).until(() -> "2".equals(value(counter)));
        await().atMost(PATIENCE).until(() -> admin().get("/admin/read-models/" + VIEW)
                .then()
                .statusCode(200)
                .body("processingGroup", equalTo(VIEW))
                .body("headPosition", notNullValue())
                .extract()
                .jsonPath()
                .getBoolean("caughtUp"));
        db.execute("UPDATE counter_view SET value = 99 WHERE counter_id = ?", counter);

        admin().post("/admin/read-models/" + VIEW + "/rebuild")
                .then()
                .statusCode(202)
                .body("processingGroup", equalTo(VIEW));

        await().atMost(PATIENCE).until(() -> "2".equals(value(counter)));
        await().atMost(PATIENCE).until(() -> admin().get("/admin/read-models/" + VIEW)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getBoolean("caughtUp"));
        assertThat(db.single("SELECT applied FROM counter_view WHERE counter_id = ?", counter))
                .as("each increment applied once after the rebuild")
                .isEqualTo("2");
    }

    @Test
    void theOutboxIsNeverRebuilt() {
        admin().get("/admin/read-models/outbox").then().statusCode(200).body("processingGroup", equalTo("outbox"));
        admin().post("/admin/read-models/outbox/rebuild")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://patient-safety.nhs.uk/problems/not-replayable"));
    }

    @Test
    void anUnknownGroupIsNotFound() {
        admin().get("/admin/read-models/counter.nothing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        admin().post("/admin/read-models/counter.nothing/rebuild")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdministratorsMayLookOrRebuild() {
        given().get("/admin/read-models/" + VIEW).then().statusCode(401).contentType("application/problem+json");
        given().post("/admin/read-models/" + VIEW + "/rebuild").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.issue(TestUser.providerPatientSafetyLead("RT5")))
                .post("/admin/read-models/" + VIEW + "/rebuild")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private String value(String counter) throws Exception {
        return db.single("SELECT value FROM counter_view WHERE counter_id = ?", counter);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.issue(TestUser.platformAdmin()));
    }
}
