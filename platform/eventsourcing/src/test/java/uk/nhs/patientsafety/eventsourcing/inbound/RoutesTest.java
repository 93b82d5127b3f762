package uk.nhs.patientsafety.eventsourcing.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;

/** A consumer that names the producer it trusts refuses records from anyone else, before reading them. */
class RoutesTest {

    public record Decision(String incidentId) {}

    static IncomingCloudEvent from(String source) {
        return new IncomingCloudEvent(
                new CloudEventAttributes("id-1", "assurance.ClosureAgreed.v1", source, "i-1", Instant.now()),
                "{\"incidentId\":\"i-1\"}");
    }

    @Test
    void a_record_from_the_trusted_producer_is_handled_whichever_order_the_routes_were_built_in() throws Exception {
        List<String> handled = new ArrayList<>();
        Routes trustFirst = Routes.of("consumer")
                .from("/assurance-service")
                .on("assurance.ClosureAgreed.v1", Decision.class, (event, d) -> handled.add(d.incidentId()));
        Routes trustLast = Routes.of("consumer")
                .on("assurance.ClosureAgreed.v1", Decision.class, (event, d) -> handled.add(d.incidentId()))
                .from("/assurance-service");

        trustFirst
                .route("assurance.ClosureAgreed.v1")
                .orElseThrow()
                .bind(from("/assurance-service"))
                .run();
        trustLast
                .route("assurance.ClosureAgreed.v1")
                .orElseThrow()
                .bind(from("/assurance-service"))
                .run();

        assertThat(handled).containsExactly("i-1", "i-1");
    }

    @Test
    void a_record_from_another_producer_is_refused_with_a_reason_naming_both() {
        Routes routes = Routes.of("consumer")
                .from("/assurance-service")
                .on("assurance.ClosureAgreed.v1", Decision.class, (event, d) -> {});

        assertThatThrownBy(() ->
                        routes.route("assurance.ClosureAgreed.v1").orElseThrow().bind(from("/summit-service")))
                .isInstanceOf(Routes.UntrustedSource.class)
                .hasMessageContaining("/assurance-service")
                .hasMessageContaining("/summit-service");
    }

    @Test
    void without_a_trusted_producer_any_source_is_handled() throws Exception {
        List<String> handled = new ArrayList<>();
        Routes routes = Routes.of("consumer")
                .on("assurance.ClosureAgreed.v1", Decision.class, (event, d) -> handled.add(d.incidentId()));

        routes.route("assurance.ClosureAgreed.v1")
                .orElseThrow()
                .bind(from("/anyone"))
                .run();

        assertThat(handled).containsExactly("i-1");
    }
}
