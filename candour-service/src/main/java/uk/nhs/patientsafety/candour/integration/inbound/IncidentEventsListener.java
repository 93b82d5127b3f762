package uk.nhs.patientsafety.candour.integration.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import uk.nhs.patientsafety.candour.access.CaseOwners;
import uk.nhs.patientsafety.candour.write.candourcase.CandourCommands.RecordResponseConcluded;
import uk.nhs.patientsafety.candour.write.candourcase.CandourCommands.RequireFamilyInvolvement;
import uk.nhs.patientsafety.candour.write.candourcase.CandourCommands.ScreenCase;
import uk.nhs.patientsafety.contracts.incident.FindingsAgreed;
import uk.nhs.patientsafety.contracts.incident.HarmRegraded;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.contracts.incident.LearningResponseChosen;
import uk.nhs.patientsafety.contracts.incident.LearningResponseClosed;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentClosed;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentDeclared;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.inbound.InboundRouter;
import uk.nhs.patientsafety.eventsourcing.inbound.IncomingCloudEvent;
import uk.nhs.patientsafety.eventsourcing.inbound.Routes;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * Screens every patient of every reported incident, and again on every regrade ({@code incident.events.v1}), through
 * the platform's router: each event has its effect once (by its CloudEvents id), passing failures are retried, what
 * cannot be read goes to {@code incident.events.v1.dlq}. Only incident-service is trusted as the source.
 *
 * <p>A report publishes the incident's worst grades, not each patient's: each patient is screened at the worst, as
 * if the most relevant harm applied, until a regrade gives their own. A regrade without the patient's own grades is
 * screened at the incident's worst harm now. The incident's response concluding (serious incident closed, findings
 * agreed, learning response closed) lets each of its cases share the findings.
 */
@ApplicationScoped
public class IncidentEventsListener {

    static final String CONSUMER = "candour-service.incident";
    static final String TRUSTED_SOURCE = "/incident-service";
    private static final String ACTOR = "incident-service";

    @Inject
    InboundRouter router;

    @Inject
    AuditedCommands commands;

    @Inject
    Clock clock;

    @Inject
    Commissioning commissioning;

    @Inject
    CaseOwners owners;

    private final Routes routes = Routes.of(CONSUMER)
            .from(TRUSTED_SOURCE)
            .on(IncidentReported.TYPE, IncidentReported.class, this::reported)
            .on(HarmRegraded.TYPE, HarmRegraded.class, this::regraded)
            .on(
                    SeriousIncidentClosed.TYPE,
                    SeriousIncidentClosed.class,
                    (event, closed) ->
                            concluded(event, closed.incidentId(), closed.providerOds(), "serious_incident_closed"))
            .on(
                    FindingsAgreed.TYPE,
                    FindingsAgreed.class,
                    (event, agreed) -> concluded(event, agreed.incidentId(), agreed.providerOds(), "findings_agreed"))
            .on(
                    LearningResponseClosed.TYPE,
                    LearningResponseClosed.class,
                    (event, closed) ->
                            concluded(event, closed.incidentId(), closed.providerOds(), "learning_response_closed"))
            .on(
                    SeriousIncidentDeclared.TYPE,
                    SeriousIncidentDeclared.class,
                    (event, declared) ->
                            family(event, declared.incidentId(), declared.providerOds(), "serious_incident"))
            .on(LearningResponseChosen.TYPE, LearningResponseChosen.class, (event, chosen) -> {
                if ("psii".equals(chosen.responseType())) {
                    family(event, chosen.incidentId(), chosen.providerOds(), "psii");
                }
            });

    /** One case per incident and patient, with a stable id, so every screen of that patient finds their case. */
    public static String caseId(String incidentId, String patientRef) {
        return UUID.nameUUIDFromBytes(("candour:" + incidentId + ":" + patientRef).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private void reported(IncomingCloudEvent event, IncidentReported reported) {
        if (reported.patientRefs() == null) {
            return;
        }
        LocalDate incidentDate =
                reported.incidentDate() != null ? reported.incidentDate() : England.dateOf(reported.reportedAt());
        String providerType = commissioning
                .providerTypeOn(reported.providerOds(), incidentDate)
                .orElse(null);
        for (String patientRef : reported.patientRefs()) {
            String caseId = caseId(reported.incidentId(), patientRef);
            owners.register(caseId, reported.incidentId(), reported.providerOds());
            commands.send(
                    new ScreenCase(
                            caseId,
                            reported.incidentId(),
                            reported.providerOds(),
                            patientRef,
                            "reported",
                            reported.physicalHarm(),
                            reported.psychologicalHarm(),
                            providerType,
                            incidentDate,
                            reported.reportedAt(),
                            reported.neverEventType() != null,
                            clock.instant()),
                    ACTOR,
                    reported.providerOds(),
                    event.id());
        }
    }

    private void regraded(IncomingCloudEvent event, HarmRegraded regraded) {
        if (regraded.patientRef() == null) {
            return;
        }
        boolean own = regraded.physicalHarm() != null || regraded.psychologicalHarm() != null;
        String caseId = caseId(regraded.incidentId(), regraded.patientRef());
        owners.register(caseId, regraded.incidentId(), regraded.providerOds());
        // A case first seen on a regrade counts its target from the regrade: the report reached another service.
        LocalDate on = England.dateOf(regraded.occurredAt());
        commands.send(
                new ScreenCase(
                        caseId,
                        regraded.incidentId(),
                        regraded.providerOds(),
                        regraded.patientRef(),
                        "harm_regraded",
                        own ? regraded.physicalHarm() : regraded.worstHarm(),
                        own ? regraded.psychologicalHarm() : null,
                        commissioning.providerTypeOn(regraded.providerOds(), on).orElse(null),
                        null,
                        regraded.occurredAt(),
                        false,
                        clock.instant()),
                ACTOR,
                regraded.providerOds(),
                event.id());
    }

    /** The incident's response concluded: each of its cases may now share the findings (none: nothing to do). */
    private void concluded(IncomingCloudEvent event, String incidentId, String providerOds, String how) {
        for (String caseId : owners.casesOf(incidentId)) {
            commands.send(new RecordResponseConcluded(caseId, how, clock.instant()), ACTOR, providerOds, event.id());
        }
    }

    /** A serious incident or a PSII: its family is involved in the investigation (seed 000). */
    private void family(IncomingCloudEvent event, String incidentId, String providerOds, String responseType) {
        for (String caseId : owners.casesOf(incidentId)) {
            commands.send(
                    new RequireFamilyInvolvement(caseId, responseType, clock.instant()),
                    ACTOR,
                    providerOds,
                    event.id());
        }
    }

    @Incoming("incident-events-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        return router.route(message, routes);
    }
}
