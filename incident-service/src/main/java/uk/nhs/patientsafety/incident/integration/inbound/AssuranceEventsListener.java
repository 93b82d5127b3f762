package uk.nhs.patientsafety.incident.integration.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.contracts.assurance.ClosureAgreed;
import uk.nhs.patientsafety.contracts.assurance.FurtherInformationRequested;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.inbound.Deduplicator;
import uk.nhs.patientsafety.eventsourcing.inbound.IncomingCloudEvent;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.CloseSeriousIncident;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.RequestFurtherInformation;

/**
 * The commissioner's assurance decisions ({@code assurance.events.v1}) move a serious incident on: closure agreed
 * closes it, further information requested sends it back to investigation. Each event has its effect once (by its
 * CloudEvents id); one that cannot be read or applied goes to the topic's dead-letter queue for a person to look at.
 */
@ApplicationScoped
public class AssuranceEventsListener {

    static final String CONSUMER = "incident-service.assurance";
    private static final Logger LOG = Logger.getLogger(AssuranceEventsListener.class);

    @Inject
    Deduplicator deduplicator;

    @Inject
    AuditedCommands commands;

    @Inject
    Clock clock;

    @Incoming("assurance-events-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        try {
            IncomingCloudEvent event = IncomingCloudEvent.of(message);
            String actor = "assurance-service";
            switch (event.type()) {
                case ClosureAgreed.TYPE -> {
                    ClosureAgreed agreed = event.payload(ClosureAgreed.class);
                    deduplicator.once(
                            CONSUMER,
                            event.id(),
                            () -> commands.send(
                                    new CloseSeriousIncident(
                                            agreed.incidentId(), agreed.commissionerOds(), clock.instant()),
                                    actor,
                                    agreed.commissionerOds(),
                                    event.id()));
                }
                case FurtherInformationRequested.TYPE -> {
                    FurtherInformationRequested requested = event.payload(FurtherInformationRequested.class);
                    deduplicator.once(
                            CONSUMER,
                            event.id(),
                            () -> commands.send(
                                    new RequestFurtherInformation(
                                            requested.incidentId(), requested.commissionerOds(), clock.instant()),
                                    actor,
                                    requested.commissionerOds(),
                                    event.id()));
                }
                default -> {
                    // Other assurance events are not this service's business.
                }
            }
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("Assurance event not applied, sent to the dead-letter queue: %s", e.getMessage());
            return message.nack(e);
        }
    }
}
