package uk.nhs.patientsafety.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents;
import uk.nhs.patientsafety.eventsourcing.counter.CounterPublishedEvents;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestTokens;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * A poison event (one the outbox cannot map) is parked for its aggregate alone: every other aggregate's events go on
 * being published, the parked ones show in {@code /admin/processors}, the wellness check and the metrics, and an
 * administrator's retry publishes them, in order, once the cause is fixed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class OutboxDeadLetterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    CommandGateway commands;

    @Inject
    CounterPublishedEvents mapper;

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aPoisonEventIsParkedForItsAggregateAloneAndRetriedByAnAdministrator() {
        String poisoned = "counter-" + UUID.randomUUID();
        String healthy = "counter-" + UUID.randomUUID();
        mapper.failToMap(poisoned);
        commands.sendAndWait(new CounterEvents.OpenCounter(poisoned, "poison"));
        commands.sendAndWait(new CounterEvents.Increment(poisoned));
        commands.sendAndWait(new CounterEvents.Increment(poisoned));
        commands.sendAndWait(new CounterEvents.OpenCounter(healthy, "healthy"));
        commands.sendAndWait(new CounterEvents.Increment(healthy));

        // The outbox goes on: the healthy counter's increment is published after the poison ones.
        kafka.await(CounterPublishedEvents.TOPIC, PATIENCE, r -> healthy.equals(r.key()));
        // Both poisoned increments are parked: the second waits behind the first, so order is kept.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outboxState().getLong("parkedEvents"))
                .isEqualTo(2));
        List<String> parkedAggregates = admin().get("/admin/processors/outbox/dead-letters")
                .then()
                .statusCode(200)
                .body("[0].causeType", equalTo(IllegalStateException.class.getName()))
                .body("[0].sequenceNumber", equalTo(1))
                .body("[1].sequenceNumber", equalTo(2))
                .extract()
                .jsonPath()
                .getList("aggregateId", String.class);
        assertThat(parkedAggregates).containsExactly(poisoned, poisoned);
        given().get("/q/health/well").then().statusCode(503).body("checks[0].data.'outbox.parked'", equalTo(2));
        assertThat(given().get("/q/metrics").then().extract().asString()).contains("platform_outbox_parked_events 2.0");

        // Retrying before the fix keeps them parked.
        admin().post("/admin/processors/outbox/dead-letters/retry")
                .then()
                .statusCode(200)
                .body("retried", equalTo(1))
                .body("published", equalTo(0))
                .body("stillParked", equalTo(1));

        mapper.mapAgain(poisoned);
        admin().post("/admin/processors/outbox/dead-letters/retry")
                .then()
                .statusCode(200)
                .body("published", equalTo(1))
                .body("stillParked", equalTo(0));
        List<Integer> values = kafka.awaitAll(CounterPublishedEvents.TOPIC, Duration.ofSeconds(3)).stream()
                .filter(r -> poisoned.equals(r.key()))
                .map(ConsumerRecord::value)
                .map(json -> JsonPath.from(json).getInt("value"))
                .toList();
        assertThat(values).containsExactly(1, 2);
        assertThat(outboxState().getLong("parkedEvents")).isZero();
        given().get("/q/health/well").then().statusCode(200);
    }

    @Test
    void onlyAdministratorsSeeOrRetryParkedEvents() {
        given().get("/admin/processors").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.issue(TestUser.icbQualityLead("QWU")))
                .post("/admin/processors/outbox/dead-letters/retry")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        admin().get("/admin/processors/outbox/dead-letters?limit=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static JsonPath outboxState() {
        return JsonPath.from(admin().get("/admin/processors")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .setRootPath("find { it.group == 'outbox' }");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.issue(TestUser.platformAdmin()));
    }
}
