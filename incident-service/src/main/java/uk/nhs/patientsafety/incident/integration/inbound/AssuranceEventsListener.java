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
import uk.nhs.patientsafety.eventsourcing.inbound.IncomingCloudEvent;
import uk.nhs.patientsafety.eventsourcing.inbound.Routes;
import uk.nhs.patientsafety.incident.access.IncidentAccess;
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
    /** Only assurance-service takes the commissioner's decisions; anyone else writing to the topic is refused. */
    static final String TRUSTED_SOURCE = "/assurance-service";

    private static final String ACTOR = "assurance-service";

    /** A decision this incident must not take: dead-lettered with this message as the reason. */
    static final class RefusedDecision extends RuntimeException {
        RefusedDecision(String reason) {
            super(reason);
        }
    }

    @Inject
    InboundRouter router;

    @Inject
    AuditedCommands commands;

    @Inject
    Clock clock;

    @Inject
    IncidentAccess access;

    private final Routes routes = Routes.of(CONSUMER)
            .from(TRUSTED_SOURCE)
            .on(ClosureAgreed.TYPE, ClosureAgreed.class, (event, agreed) -> {
                checkDecision(event, agreed.incidentId(), agreed.commissionerOds());
                commands.send(
                        new CloseSeriousIncident(agreed.incidentId(), agreed.commissionerOds(), clock.instant()),
                        ACTOR,
                        agreed.commissionerOds(),
                        event.id());
            })
            .on(FurtherInformationRequested.TYPE, FurtherInformationRequested.class, (event, requested) -> {
                checkDecision(event, requested.incidentId(), requested.commissionerOds());
                commands.send(
                        new RequestFurtherInformation(
                                requested.incidentId(), requested.commissionerOds(), clock.instant()),
                        ACTOR,
                        requested.commissionerOds(),
                        event.id());
            });

    /** The decision is the incident's lead commissioner's (the router trusts only assurance-service), or refused. */
    private void checkDecision(IncomingCloudEvent event, String incidentId, String commissionerOds) {
        if (!access.mayDecideAsCommissioner(commissionerOds, incidentId)) {
            throw new RefusedDecision(
                    "only the provider's lead commissioner decides on this incident, not " + commissionerOds);
        }
    }

    @Incoming("assurance-events-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        return router.route(message, routes);
    }
}
