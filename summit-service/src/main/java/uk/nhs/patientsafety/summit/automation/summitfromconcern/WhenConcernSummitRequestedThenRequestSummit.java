package uk.nhs.patientsafety.summit.automation.summitfromconcern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.summit.access.Histories;
import uk.nhs.patientsafety.summit.events.ConcernEvents.ConcernSummitRequested;
import uk.nhs.patientsafety.summit.write.summit.SummitCommands.RequestRiskSummit;

/**
 * A concern escalated to a summit requests that summit, convened by the organisation that escalated it, with the
 * concern in its record. Once per summit: a summit that already exists (a redelivered event) is left alone.
 */
@ApplicationScoped
@ProcessingGroup("summit.summit-from-concern")
public class WhenConcernSummitRequestedThenRequestSummit {

    @Inject
    AuditedCommands commands;

    @Inject
    Histories histories;

    @EventHandler
    void on(
            ConcernSummitRequested event,
            @Timestamp java.time.Instant at,
            @MetaDataValue(AxonRuntime.ACTOR) String actor) {
        if (!histories.of(event.summitId()).isEmpty()) {
            return;
        }
        commands.send(
                new RequestRiskSummit(
                        event.summitId(),
                        event.providerOds(),
                        event.format(),
                        event.requestedByOds(),
                        event.concernId(),
                        at),
                actor,
                event.requestedByOds(),
                null);
    }
}
