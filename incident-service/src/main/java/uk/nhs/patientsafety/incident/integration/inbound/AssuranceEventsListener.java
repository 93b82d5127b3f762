package uk.nhs.patientsafety.incident.integration.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import uk.nhs.patientsafety.contracts.assurance.ClosureAgreed;
import uk.nhs.patientsafety.contracts.assurance.FurtherInformationRequested;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.inbound.InboundRouter;
import uk.nhs.patientsafety.eventsourcing.inbound.Routes;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.CloseSeriousIncident;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.RequestFurtherInformation;

/**
 * The commissioner's assurance decisions ({@code assurance.events.v1}) move a serious incident on: closure agreed
 * closes it, further information requested sends it back to investigation. The platform's router gives each event
 * its effect once (by its CloudEvents id), retries what fails for a passing reason, and sends what cannot be read or
 * applied to the topic's dead-letter queue.
 */
@ApplicationScoped
public class AssuranceEventsListener {

    static final String CONSUMER = "incident-service.assurance";
    private static final String ACTOR = "assurance-service";

    @Inject
    InboundRouter router;

    @Inject
    AuditedCommands commands;

    @Inject
    Clock clock;

    private final Routes routes = Routes.of(CONSUMER)
            .on(
                    ClosureAgreed.TYPE,
                    ClosureAgreed.class,
                    (event, agreed) -> commands.send(
                            new CloseSeriousIncident(agreed.incidentId(), agreed.commissionerOds(), clock.instant()),
                            ACTOR,
                            agreed.commissionerOds(),
                            event.id()))
            .on(
                    FurtherInformationRequested.TYPE,
                    FurtherInformationRequested.class,
                    (event, requested) -> commands.send(
                            new RequestFurtherInformation(
                                    requested.incidentId(), requested.commissionerOds(), clock.instant()),
                            ACTOR,
                            requested.commissionerOds(),
                            event.id()));

    @Incoming("assurance-events-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        return router.route(message, routes);
    }
}
