package uk.nhs.patientsafety.summit.integration.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentDeclared;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.inbound.InboundRouter;
import uk.nhs.patientsafety.eventsourcing.inbound.IncomingCloudEvent;
import uk.nhs.patientsafety.eventsourcing.inbound.Routes;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;
import uk.nhs.patientsafety.summit.access.Relationships;
import uk.nhs.patientsafety.summit.reference.ConcernRules;
import uk.nhs.patientsafety.summit.write.concern.ConcernCommands.RaiseConcern;

/**
 * Quality concerns raised automatically from {@code incident.events.v1} by the versioned rules in
 * {@link ConcernRules}: a never event reported at a provider; a repeat of serious incidents at one provider within the
 * rule's window. Each is raised on behalf of the provider's lead commissioner, so its ICB sees it. The platform's
 * router gives each event its effect once (by its CloudEvents id) and dead-letters what cannot be applied.
 */
@ApplicationScoped
public class IncidentEventsListener {

    static final String CONSUMER = "summit-service.incident";
    static final String TRUSTED_SOURCE = "/incident-service";
    static final String ACTOR = "summit-service";

    /** An event no concern can be raised from (e.g. a provider unknown to commissioning): dead-lettered. */
    static final class Unraisable extends RuntimeException {
        Unraisable(String reason) {
            super(reason);
        }
    }

    @Inject
    InboundRouter router;

    @Inject
    AuditedCommands commands;

    @Inject
    ConcernRules rules;

    @Inject
    Relationships relationships;

    @Inject
    SeriousIncidentsSeen seen;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    private final Routes routes = Routes.of(CONSUMER)
            .from(TRUSTED_SOURCE)
            .on(IncidentReported.TYPE, IncidentReported.class, this::reported)
            .on(SeriousIncidentDeclared.TYPE, SeriousIncidentDeclared.class, this::declared);

    private void reported(IncomingCloudEvent event, IncidentReported reported) {
        if (reported.neverEventType() == null
                || !rules.inForceOn(England.dateOf(reported.occurredAt())).neverEvent()) {
            return;
        }
        raise(
                event,
                // One concern per never event, whatever redelivers it.
                UUID.nameUUIDFromBytes((ConcernRules.NEVER_EVENT + ":" + reported.incidentId())
                                .getBytes(StandardCharsets.UTF_8))
                        .toString(),
                reported.providerOds(),
                ConcernRules.NEVER_EVENT,
                "never_event",
                List.of(reported.incidentId()));
    }

    private void declared(IncomingCloudEvent event, SeriousIncidentDeclared declared) {
        Instant identifiedAt = declared.identifiedAt() != null ? declared.identifiedAt() : declared.occurredAt();
        LocalDate identifiedOn = England.dateOf(identifiedAt);
        ConcernRules.Period rule = rules.inForceOn(identifiedOn);
        if (!seen.record(declared.incidentId(), declared.providerOds(), identifiedOn)
                || !rule.repeatSeriousIncidents()) {
            return;
        }
        List<String> inWindow =
                seen.between(declared.providerOds(), rule.window().subtractFrom(identifiedOn, calendar), identifiedOn);
        // Raised when the count is first reached, not again for each further SI inside the same window.
        if (inWindow.size() == rule.count()) {
            raise(
                    event,
                    UUID.nameUUIDFromBytes((ConcernRules.REPEAT_SERIOUS_INCIDENTS + ":" + declared.incidentId())
                                    .getBytes(StandardCharsets.UTF_8))
                            .toString(),
                    declared.providerOds(),
                    ConcernRules.REPEAT_SERIOUS_INCIDENTS,
                    "si_trend",
                    inWindow);
        }
    }

    private void raise(
            IncomingCloudEvent event,
            String concernId,
            String providerOds,
            String rule,
            String source,
            List<String> incidents) {
        String icb = relationships
                .leadCommissionerOf(providerOds)
                .orElseThrow(() -> new Unraisable("provider " + providerOds + " has no lead commissioner"));
        commands.send(
                new RaiseConcern(
                        concernId,
                        providerOds,
                        null,
                        source,
                        icb,
                        "Raised automatically by the " + rule + " rule.",
                        incidents,
                        rule,
                        clock.instant()),
                ACTOR,
                icb,
                event.id());
    }

    @Incoming("incident-events-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        return router.route(message, routes);
    }
}
