package uk.nhs.patientsafety.assurance.integration.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import uk.nhs.patientsafety.assurance.read.oversight.OversightReadModel;
import uk.nhs.patientsafety.contracts.candour.CandourOverdue;
import uk.nhs.patientsafety.eventsourcing.inbound.InboundRouter;
import uk.nhs.patientsafety.eventsourcing.inbound.Routes;

/**
 * candour-service's signals ({@code candour.events.v1}) for the oversight summary: a Duty of Candour step overdue is
 * recorded once per case and step. Only records from {@code /candour-service} are trusted.
 */
@ApplicationScoped
public class CandourEventsListener {

    static final String CONSUMER = "assurance-service.candour";
    static final String TRUSTED_SOURCE = "/candour-service";

    @Inject
    InboundRouter router;

    @Inject
    OversightReadModel oversight;

    private final Routes routes = Routes.of(CONSUMER)
            .from(TRUSTED_SOURCE)
            .on(
                    CandourOverdue.TYPE,
                    CandourOverdue.class,
                    (event, overdue) -> oversight.candourOverdue(
                            overdue.candourCaseId(),
                            overdue.step(),
                            overdue.incidentId(),
                            overdue.providerOds(),
                            overdue.dueAt()));

    @Incoming("candour-events-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        return router.route(message, routes);
    }
}
