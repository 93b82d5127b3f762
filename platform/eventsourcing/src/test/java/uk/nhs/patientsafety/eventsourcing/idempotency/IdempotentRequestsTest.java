package uk.nhs.patientsafety.eventsourcing.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.web.ProblemException;

/** Retries with an Idempotency-Key against a real PostgreSQL, including two requests racing with one key. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class IdempotentRequestsTest {

    @Inject
    IdempotentRequests requests;

    @Test
    void a_retry_with_the_same_request_gets_the_stored_answer_without_doing_the_work_again() {
        String key = UUID.randomUUID().toString();
        AtomicInteger done = new AtomicInteger();
        Supplier<IdempotentRequests.Answer> work =
                () -> new IdempotentRequests.Answer(201, "r-" + done.incrementAndGet(), "{\"n\":" + done.get() + "}");

        IdempotentRequests.Answer first = requests.once("RT5", key, "hash-a", work);
        IdempotentRequests.Answer retry = requests.once("RT5", key, "hash-a", work);

        assertThat(retry).isEqualTo(first).isEqualTo(new IdempotentRequests.Answer(201, "r-1", "{\"n\":1}"));
        assertThat(done).hasValue(1);
    }

    @Test
    void the_same_key_for_a_different_request_is_refused_with_409() {
        String key = UUID.randomUUID().toString();
        requests.once("RT5", key, "hash-a", () -> new IdempotentRequests.Answer(201, "r", "{}"));

        assertThatThrownBy(() ->
                        requests.once("RT5", key, "hash-b", () -> new IdempotentRequests.Answer(201, "other", "{}")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().type().toString()).endsWith("/idempotency-key-reused");
                });
    }

    @Test
    void keys_are_scoped_so_two_organisations_never_meet() {
        String key = UUID.randomUUID().toString();
        IdempotentRequests.Answer rt5 =
                requests.once("RT5", key, "hash-a", () -> new IdempotentRequests.Answer(201, "rt5", "{}"));
        IdempotentRequests.Answer rkb =
                requests.once("RKB", key, "hash-b", () -> new IdempotentRequests.Answer(201, "rkb", "{}"));

        assertThat(rt5.resourceId()).isEqualTo("rt5");
        assertThat(rkb.resourceId()).isEqualTo("rkb");
    }

    @Test
    void a_failed_attempt_stores_nothing_so_the_retry_does_the_work() {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> requests.once("RT5", key, "hash-a", () -> {
                    throw new IllegalStateException("downstream failed");
                }))
                .hasMessageContaining("downstream failed");

        assertThat(requests.once("RT5", key, "hash-a", () -> new IdempotentRequests.Answer(201, "second", "{}"))
                        .resourceId())
                .isEqualTo("second");
    }

    @Test
    void two_requests_racing_with_one_key_both_get_the_answer_of_the_one_that_committed() throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch bothWorking = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        Supplier<IdempotentRequests.Answer> work = () -> {
            int attempt = attempts.incrementAndGet();
            bothWorking.countDown();
            await(bothWorking);
            return new IdempotentRequests.Answer(201, "attempt-" + attempt, "{}");
        };

        CompletableFuture<IdempotentRequests.Answer> one =
                CompletableFuture.supplyAsync(() -> requests.once("RT5", key, "hash-a", work));
        CompletableFuture<IdempotentRequests.Answer> two =
                CompletableFuture.supplyAsync(() -> requests.once("RT5", key, "hash-a", work));

        IdempotentRequests.Answer a = one.get(60, TimeUnit.SECONDS);
        IdempotentRequests.Answer b = two.get(60, TimeUnit.SECONDS);
        assertThat(a).isEqualTo(b);
        assertThat(attempts)
                .as("both did the work; the loser's was rolled back")
                .hasValue(2);
    }

    @Test
    void the_key_header_is_required_and_printable() {
        assertThat(IdempotentRequests.checkedKey("abc-123", "invalid")).isEqualTo("abc-123");
        for (String bad : new String[] {null, "", "  ", "with space", "é", "x".repeat(129)}) {
            assertThatThrownBy(() -> IdempotentRequests.checkedKey(bad, "invalid"))
                    .as("key %s", bad)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().status()).isEqualTo(400);
                        assertThat(e.problem().errors()).extracting("field").containsExactly("Idempotency-Key");
                    });
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            // Bounded so that a broken race cannot hang the build; the assertions then say what happened.
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
