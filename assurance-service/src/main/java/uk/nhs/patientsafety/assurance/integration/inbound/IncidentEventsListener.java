package uk.nhs.patientsafety.assurance.integration.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import uk.nhs.patientsafety.assurance.access.AwarenessAccess;
import uk.nhs.patientsafety.assurance.access.CaseAccess;
import uk.nhs.patientsafety.assurance.access.CaseOwners;
import uk.nhs.patientsafety.assurance.access.KnownIncidents;
import uk.nhs.patientsafety.assurance.read.trends.TrendCounts;
import uk.nhs.patientsafety.assurance.write.assurancecase.CaseCommands;
import uk.nhs.patientsafety.assurance.write.assurancecase.CaseCommands.ReceiveReport;
import uk.nhs.patientsafety.assurance.write.awareness.AwarenessItem;
import uk.nhs.patientsafety.assurance.write.theme.Theme;
import uk.nhs.patientsafety.contracts.incident.HarmRegraded;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.contracts.incident.InvestigationReportSubmitted;
import uk.nhs.patientsafety.contracts.incident.LearningResponseChosen;
import uk.nhs.patientsafety.contracts.incident.SafetyActionsAgreed;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentDeclared;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.inbound.InboundRouter;
import uk.nhs.patientsafety.eventsourcing.inbound.Routes;
import uk.nhs.patientsafety.reference.England;

/**
 * What incident-service publishes ({@code incident.events.v1}) that assurance acts on: a serious incident's
 * investigation report reaching its lead commissioner opens the incident's assurance case, or is a resubmission of
 * it; a PSIRF incident's safety actions agreed lets its provider record them here. The platform's router gives each event its effect once, retries passing failures and dead-letters the rest.
 */
@ApplicationScoped
public class IncidentEventsListener {

    static final String CONSUMER = "assurance-service.incident";
    static final String TRUSTED_SOURCE = "/incident-service";
    static final String SIF = "SIF2015";
    private static final String ACTOR = "incident-service";

    /** A report no commissioner can assure: dead-lettered with this message as the reason. */
    static final class NoLeadCommissioner extends RuntimeException {
        NoLeadCommissioner(String providerOds) {
            super("no lead commissioner is known for provider " + providerOds);
        }
    }

    @Inject
    InboundRouter router;

    @Inject
    AuditedCommands commands;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    CaseOwners owners;

    @Inject
    KnownIncidents known;

    @Inject
    AwarenessAccess awareness;

    @Inject
    TrendCounts trends;

    private final Routes routes = Routes.of(CONSUMER)
            .from(TRUSTED_SOURCE)
            .on(InvestigationReportSubmitted.TYPE, InvestigationReportSubmitted.class, (event, submitted) -> {
                // Under PSIRF a learning response is shared only as a sharing agreement says (not built yet).
                if (!SIF.equals(submitted.framework())) {
                    return;
                }
                String commissioner = access.leadCommissionerOf(submitted.providerOds())
                        .orElseThrow(() -> new NoLeadCommissioner(submitted.providerOds()));
                String caseId = CaseCommands.caseIdFor(submitted.incidentId());
                owners.record(caseId, submitted.incidentId(), submitted.providerOds());
                // Its report carries the action plan: the provider may now record the plan's actions.
                known.record(submitted.incidentId(), submitted.providerOds(), submitted.framework());
                commands.send(
                        new ReceiveReport(
                                caseId,
                                submitted.incidentId(),
                                submitted.providerOds(),
                                submitted.framework(),
                                commissioner,
                                submitted.occurredAt(),
                                clock.instant()),
                        ACTOR,
                        submitted.providerOds(),
                        event.id());
            })
            // The awareness feed (G2): whatever the framework, an incident that is a never event, a death or severe
            // harm, a serious incident or a PSII is listed for every ICB that commissions its provider.
            .on(IncidentReported.TYPE, IncidentReported.class, (event, reported) -> {
                List<String> reasons = new ArrayList<>();
                if (reported.neverEventType() != null) {
                    reasons.add("never_event");
                }
                reasons.addAll(harmReasons(reported.physicalHarm(), reported.psychologicalHarm()));
                YearMonth month = YearMonth.from(England.dateOf(reported.reportedAt()));
                counted(reported.incidentId(), reported.providerOds(), "incidents", month, event.id());
                raise(
                        event.id(),
                        reported.incidentId(),
                        reported.providerOds(),
                        reported.framework(),
                        reasons,
                        reported.neverEventType(),
                        reported.reportedAt());
            })
            .on(
                    HarmRegraded.TYPE,
                    HarmRegraded.class,
                    (event, regraded) -> raise(
                            event.id(),
                            regraded.incidentId(),
                            regraded.providerOds(),
                            regraded.framework(),
                            harmReasons(regraded.worstHarm(), regraded.physicalHarm()),
                            null,
                            regraded.occurredAt()))
            .on(
                    SeriousIncidentDeclared.TYPE,
                    SeriousIncidentDeclared.class,
                    (event, declared) -> raise(
                            event.id(),
                            declared.incidentId(),
                            declared.providerOds(),
                            declared.framework(),
                            List.of("serious_incident"),
                            null,
                            declared.occurredAt()))
            .on(
                    LearningResponseChosen.TYPE,
                    LearningResponseChosen.class,
                    (event, chosen) -> raise(
                            event.id(),
                            chosen.incidentId(),
                            chosen.providerOds(),
                            chosen.framework(),
                            "psii".equals(chosen.responseType()) ? List.of("psii") : List.of(),
                            null,
                            chosen.occurredAt()))
            .on(SafetyActionsAgreed.TYPE, SafetyActionsAgreed.class, (event, agreed) -> {
                // PSIRF: the provider agreed its safety actions; it records them here for the ICB's oversight.
                known.record(agreed.incidentId(), agreed.providerOds(), agreed.framework());
            });

    /** Death when any harm is fatal, severe harm when any is severe (LFPSE's grades as published). */
    static List<String> harmReasons(String... harms) {
        List<String> reasons = new ArrayList<>();
        if (java.util.Arrays.asList(harms).contains("fatal")) {
            reasons.add("death");
        } else if (java.util.Arrays.asList(harms).contains("severe")) {
            reasons.add("severe_harm");
        }
        return reasons;
    }

    /** The trend measures an awareness reason counts towards. */
    private void count(String incidentId, String providerOds, List<String> reasons, YearMonth month, String ceId) {
        for (String reason : reasons) {
            String measure =
                    switch (reason) {
                        case "never_event" -> "never_events";
                        case "death", "severe_harm" -> "severe_harm_or_death";
                        case "serious_incident" -> "serious_incidents";
                        default -> reason;
                    };
            counted(incidentId, providerOds, measure, month, ceId);
        }
    }

    /** Counts the incident; a rising special cause in its month's point identifies a theme (once per month). */
    private void counted(String incidentId, String providerOds, String measure, YearMonth month, String ceId) {
        trends.count(incidentId, providerOds, measure, month);
        List<String> signals = trends.risingSignals(providerOds, measure, month);
        if (!signals.isEmpty()) {
            commands.send(
                    new Theme.IdentifyTheme(
                            Theme.themeIdFor(providerOds, measure, month.toString()),
                            providerOds,
                            measure,
                            month.toString(),
                            signals,
                            clock.instant()),
                    ACTOR,
                    providerOds,
                    ceId);
        }
    }

    private void raise(
            String ceId,
            String incidentId,
            String providerOds,
            String framework,
            List<String> reasons,
            String neverEventType,
            Instant qualifiedAt) {
        if (reasons.isEmpty()) {
            return;
        }
        count(incidentId, providerOds, reasons, YearMonth.from(England.dateOf(qualifiedAt)), ceId);
        for (String icb : awareness.commissionersOf(providerOds)) {
            String itemId = AwarenessItem.itemIdFor(incidentId, icb);
            awareness.record(itemId, incidentId, providerOds, icb);
            commands.send(
                    new AwarenessItem.RaiseAwareness(
                            itemId,
                            incidentId,
                            providerOds,
                            icb,
                            framework,
                            reasons,
                            neverEventType,
                            qualifiedAt,
                            clock.instant()),
                    ACTOR,
                    providerOds,
                    ceId);
        }
    }

    @Incoming("incident-events-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        return router.route(message, routes);
    }
}
