package uk.nhs.patientsafety.incident.write.incident;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadline;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineState;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineTrigger;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadlines;
import uk.nhs.patientsafety.incident.events.Framework;
import uk.nhs.patientsafety.incident.events.IncidentEvents.*;
import uk.nhs.patientsafety.incident.events.IncidentKey;
import uk.nhs.patientsafety.incident.events.Status;
import uk.nhs.patientsafety.incident.reference.DeadlinePolicy;
import uk.nhs.patientsafety.incident.reference.DeadlineType;
import uk.nhs.patientsafety.incident.reference.HarmCodes;
import uk.nhs.patientsafety.incident.reference.NationalResponses;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.*;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/**
 * One patient safety event and its response under the framework fixed when it was reported (DOMAIN §3.6, §8): the
 * SIF 2015 serious-incident path or the PSIRF 2022 learning-response path, with the clocks that run on them. Every
 * command checks {@link Action}'s table first, so an illegal transition names the current status and what is
 * allowed instead.
 */
public class Incident {

    static final String DEADLINE_APPROACHING = "incident-deadline-approaching";
    static final String DEADLINE_DUE = "incident-deadline-due";

    @AggregateIdentifier
    private String incidentId;

    private IncidentKey key;
    private String kind;
    private int revision;
    private Status status;
    private IncidentContent content;
    private boolean seriousIncident;
    private String learningResponse;
    private final Set<String> involved = new LinkedHashSet<>();
    private String coordinating;
    private LocalDate declaredOn;
    private String level;
    private LocalDate commissionedOn;
    private InvestigationClockStopRequested pendingStop;
    private LocalDate clockStoppedOn;
    private final Deadlines deadlines = new Deadlines(DEADLINE_APPROACHING, DEADLINE_DUE);

    protected Incident() {}

    @CommandHandler
    public Incident(ReportIncident command, DeadlinePolicy policy, DeadlineManager timers) {
        IncidentKey newKey = new IncidentKey(command.incidentId(), command.providerOds(), command.framework());
        apply(new IncidentReported(
                        newKey,
                        command.kind(),
                        command.providerReference(),
                        command.revision(),
                        command.content(),
                        command.at()))
                // A creating handler's events apply once it returns: involve the others after that.
                .andThen(() -> {
                    involve(command.involvedOrganisations(), command.coordinatingOrganisation());
                    if (declaredAtReporting(newKey.framework(), command.content())) {
                        declare(null, "never_event", command.at(), policy, timers);
                    }
                });
    }

    /**
     * A never event always goes down the SIF branch (DOMAIN §3.1, §3.6): at a SIF provider it is a serious incident
     * from the moment it is reported, its clocks running from identification.
     */
    public static boolean declaredAtReporting(String framework, IncidentContent content) {
        return Framework.SIF2015.code().equals(framework) && content.neverEventType() != null;
    }

    @CommandHandler
    CommandResult handle(UpdateIncident command) {
        if (!command.kind().equals(kind)) {
            throw new RuleViolation(
                    "kind", "A record's kind is fixed when it is first reported: it stays " + kind + ".");
        }
        if (command.revision() <= revision) {
            throw new RuleViolation(
                    "revision", "Revision " + command.revision() + " is not newer than revision " + revision + ".");
        }
        Map<String, PatientRecord> before = new LinkedHashMap<>();
        content.patients().forEach(p -> before.put(p.ref(), p));
        if (undoesASafetyRule(command.content(), before)
                && (command.reason() == null || command.reason().isBlank())) {
            throw new RuleViolation(
                    "revisionReason",
                    "This revision lowers harm, removes a patient, or removes the never-event code or the national"
                            + " requirement of "
                            + (seriousIncident ? "a serious incident" : "an incident under a PSII")
                            + ": give the reason, which the lead commissioner will see.");
        }
        apply(new IncidentUpdated(
                key,
                command.revision(),
                command.content(),
                RevisionChanges.codesChanged(content, command.content()),
                command.reason()));
        for (PatientRecord now : command.content().patients()) {
            PatientRecord was = before.get(now.ref());
            if (was != null && harmChanged(was, now.physicalHarm(), now.psychologicalHarm())) {
                apply(new HarmRegraded(
                        key,
                        now.ref(),
                        now.physicalHarm(),
                        now.psychologicalHarm(),
                        "revision " + command.revision(),
                        HarmCodes.worstOf(command.content().patients())));
            }
        }
        involve(command.involvedOrganisations(), command.coordinatingOrganisation());
        return result();
    }

    @CommandHandler
    CommandResult handle(RegradeHarm command) {
        guard(command);
        PatientRecord patient = content.patients().stream()
                .filter(p -> p.ref().equals(command.patientRef()))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("patientRef", "No patient of this incident has that reference."));
        if (harmChanged(patient, command.physicalHarm(), command.psychologicalHarm())) {
            List<PatientRecord> after = content.patients().stream()
                    .map(p -> p.ref().equals(patient.ref())
                            ? new PatientRecord(
                                    p.ref(),
                                    p.sealedIdentity(),
                                    p.ageBand(),
                                    command.physicalHarm(),
                                    command.psychologicalHarm())
                            : p)
                    .toList();
            apply(new HarmRegraded(
                    key,
                    patient.ref(),
                    command.physicalHarm(),
                    command.psychologicalHarm(),
                    command.reason(),
                    HarmCodes.worstOf(after)));
        }
        return result();
    }

    @CommandHandler
    CommandResult handle(InvolveOrganisations command) {
        guard(command);
        involve(command.organisations(), command.coordinating());
        return result();
    }

    // ---- SIF 2015 ------------------------------------------------------------------------------------------------

    @CommandHandler
    CommandResult handle(DeclareSeriousIncident command, DeadlinePolicy policy, DeadlineManager timers) {
        guard(command);
        if (content.nearMiss() && command.riskAssessment() == null) {
            throw new RuleViolation(
                    "riskAssessment",
                    "A near miss is declared a serious incident only with its risk assessment: how likely it is to"
                            + " recur and how much harm a recurrence could cause.");
        }
        if (command.naturalCourseOfIllness() && "unexpected_or_avoidable_death".equals(command.category())) {
            throw new RuleViolation(
                    "naturalCourseOfIllness",
                    "An unexpected death that results directly from the natural course of an illness managed in line"
                            + " with best practice is not a serious incident (SIF 2015).");
        }
        if ("never_event".equals(command.category()) && content.neverEventType() == null) {
            throw new RuleViolation(
                    "category", "A never event is declared as one when the report gives its never-event code.");
        }
        declare(command.riskAssessment(), command.category(), command.at(), policy, timers);
        return result();
    }

    /** Declares the serious incident and starts the StEIS and initial-review clocks from identification. */
    private void declare(
            RiskAssessment riskAssessment,
            String category,
            Instant now,
            DeadlinePolicy policy,
            DeadlineManager timers) {
        // T0 is identification, kept apart from occurrence and reporting: the SIF clocks run from it (DOMAIN §3.6).
        // Falling back to the declaration would start the StEIS and 72-hour clocks late and hide their breaches.
        Instant identifiedAt = content.identifiedAt();
        if (identifiedAt == null) {
            throw new RuleViolation(
                    "identifiedAt",
                    "A serious incident's clocks run from when it was identified: send a revision of the report with"
                            + " identifiedAt, then declare it.");
        }
        apply(new SeriousIncidentDeclared(key, identifiedAt, riskAssessment, now, category));
        LocalDate t0 = identifiedAt.atZone(England.ZONE).toLocalDate();
        setDeadline(DeadlineType.STEIS_2WD, policy.dueDate(DeadlineType.STEIS_2WD, t0), now, policy, timers);
        setDeadline(
                DeadlineType.INITIAL_REVIEW_3WD,
                policy.dueDate(DeadlineType.INITIAL_REVIEW_3WD, t0),
                now,
                policy,
                timers);
    }

    @CommandHandler
    CommandResult handle(LogOnSteis command, DeadlineManager timers) {
        guard(command);
        apply(new SeriousIncidentLoggedOnSteis(key, command.logNumber()));
        meet(DeadlineType.STEIS_2WD, timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(SubmitInitialReview command, DeadlineManager timers) {
        guard(command);
        apply(new InitialReviewSubmitted(key));
        meet(DeadlineType.INITIAL_REVIEW_3WD, timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(RequestDowngrade command) {
        guard(command);
        if (content.neverEventType() != null) {
            throw new RuleViolation("rationale", "A never event is always investigated as a serious incident.");
        }
        apply(new DowngradeRequested(key, command.rationale()));
        return result();
    }

    @CommandHandler
    CommandResult handle(AgreeDowngrade command, DeadlineManager timers) {
        guard(command);
        apply(new DowngradeAgreed(key, command.by()));
        suspendAll(timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(RefuseDowngrade command) {
        guard(command);
        apply(new DowngradeRefused(key, command.by(), command.reason()));
        return result();
    }

    @CommandHandler
    CommandResult handle(SetInvestigationLevel command, DeadlinePolicy policy, DeadlineManager timers) {
        guard(command);
        if (command.level().equals("L3")) {
            // Level 3 runs 6 months from the day the independent investigation is commissioned, which the lead
            // commissioner records (DOMAIN §3.2): no report deadline until then.
            apply(new InvestigationLevelSet(key, "L3", null));
            return result();
        }
        // Levels 1 and 2: 60 working days from reporting to the commissioner, the declaration here.
        LocalDate due = policy.dueDate(DeadlineType.REPORT_60WD, declaredOn);
        apply(new InvestigationLevelSet(key, command.level(), due));
        setDeadline(DeadlineType.REPORT_60WD, due, command.at(), policy, timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(CommissionIndependentInvestigation command, DeadlinePolicy policy, DeadlineManager timers) {
        guard(command);
        if (!"L3".equals(level)) {
            throw new RuleViolation(
                    "level", "Only a level 3 investigation is commissioned independently: set the level to L3 first.");
        }
        if (commissionedOn != null) {
            throw new RuleViolation(
                    "commissionedOn",
                    "The independent investigation was already recorded as commissioned on " + commissionedOn
                            + "; agree an extension to move its report deadline.");
        }
        LocalDate on = command.commissionedOn();
        if (on.isAfter(England.dateOf(command.at())) || on.isBefore(declaredOn)) {
            throw new RuleViolation(
                    "commissionedOn",
                    "The commissioning date is between the declaration (" + declaredOn + ") and today.");
        }
        LocalDate due = policy.dueDate(DeadlineType.INDEPENDENT_6M, on);
        apply(new IndependentInvestigationCommissioned(key, on, due, command.by()));
        setDeadline(DeadlineType.INDEPENDENT_6M, due, command.at(), policy, timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(RequestClockStop command) {
        guard(command);
        apply(new InvestigationClockStopRequested(
                key, command.reasonCode(), command.note(), England.dateOf(command.at())));
        return result();
    }

    @CommandHandler
    CommandResult handle(AgreeClockStop command, DeadlinePolicy policy, DeadlineManager timers) {
        guard(command);
        LocalDate today = England.dateOf(command.at());
        if (!command.reviewOn().isAfter(today)) {
            throw new RuleViolation("reviewOn", "A stopped clock's review date is after today.");
        }
        apply(new InvestigationClockStopped(
                key, pendingStop.reasonCode(), pendingStop.note(), today, command.by(), command.reviewOn()));
        reportDeadline().ifPresent(d -> suspend(d.type(), timers));
        setDeadline(DeadlineType.CLOCK_STOP_REVIEW, command.reviewOn(), command.at(), policy, timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(RefuseClockStop command) {
        guard(command);
        apply(new InvestigationClockStopRefused(key, command.by(), command.reason()));
        return result();
    }

    @CommandHandler
    CommandResult handle(
            RestartClock command, DeadlinePolicy policy, WorkingDayCalendar calendar, DeadlineManager timers) {
        guard(command);
        LocalDate today = command.at().atZone(England.ZONE).toLocalDate();
        Deadline report = reportDeadline().orElse(null);
        LocalDate due = null;
        if (report != null) {
            // A stopped clock does not run: the due date moves by the time it stood still, in the deadline's unit.
            due = report.type().equals(DeadlineType.REPORT_60WD.code())
                    ? calendar.plusWorkingDays(report.dueOn(), calendar.workingDaysBetween(clockStoppedOn, today))
                    : report.dueOn().plusDays(ChronoUnit.DAYS.between(clockStoppedOn, today));
        }
        apply(new InvestigationClockRestarted(key, today, due));
        meet(DeadlineType.CLOCK_STOP_REVIEW, timers);
        if (report != null) {
            setDeadline(DeadlineType.fromCode(report.type()).orElseThrow(), due, command.at(), policy, timers);
        }
        return result();
    }

    @CommandHandler
    CommandResult handle(AgreeExtension command, DeadlinePolicy policy, DeadlineManager timers) {
        guard(command);
        Deadline report = reportDeadline()
                .orElseThrow(() -> new RuleViolation("reportDue", "No report deadline is set yet: set the level."));
        if (!command.reportDue().isAfter(report.dueOn())) {
            throw new RuleViolation(
                    "reportDue", "An extension must move the report deadline later than " + report.dueOn() + ".");
        }
        apply(new InvestigationExtensionAgreed(key, command.reportDue(), command.by(), command.reason()));
        setDeadline(
                DeadlineType.fromCode(report.type()).orElseThrow(), command.reportDue(), command.at(), policy, timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(SubmitReport command, DeadlineManager timers) {
        guard(command);
        apply(new InvestigationReportSubmitted(key));
        reportDeadline().ifPresent(d -> meet(DeadlineType.fromCode(d.type()).orElseThrow(), timers));
        return result();
    }

    @CommandHandler
    CommandResult handle(RequestFurtherInformation command) {
        guard(command);
        apply(new FurtherInformationRequested(key, command.by()));
        return result();
    }

    @CommandHandler
    CommandResult handle(CloseSeriousIncident command, DeadlineManager timers) {
        guard(command);
        apply(new SeriousIncidentClosed(key, command.by()));
        suspendAll(timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(ReopenSeriousIncident command, DeadlinePolicy policy, DeadlineManager timers) {
        guard(command);
        apply(new SeriousIncidentReopened(key, command.reason()));
        // The investigation runs again, so its report is due again: the level's full length from the reopening.
        if (level != null) {
            DeadlineType type = level.equals("L3") ? DeadlineType.INDEPENDENT_6M : DeadlineType.REPORT_60WD;
            setDeadline(type, policy.dueDate(type, England.dateOf(command.at())), command.at(), policy, timers);
        }
        return result();
    }

    // ---- PSIRF 2022 ----------------------------------------------------------------------------------------------

    @CommandHandler
    CommandResult handle(ChooseLearningResponse command, NationalResponses national) {
        guard(command);
        String type = command.responseType();
        // Nationally required responses (DOMAIN §3.5) decide the choice, a never event's first among them.
        LocalDate today = England.dateOf(command.at());
        for (String requirement : nationalRequirements()) {
            national.required(requirement, today)
                    .filter(required -> !required.allows(type, command.externalBody()))
                    .ifPresent(required -> {
                        throw new RuleViolation(
                                required.responseType().equals(type) ? "externalBody" : "responseType",
                                required.explain());
                    });
        }
        if (type.equals("referred_external") == (command.externalBody() == null)) {
            throw new RuleViolation(
                    "externalBody", "An external referral names its body, and only an external referral does.");
        }
        apply(new LearningResponseChosen(key, type, command.externalBody()));
        if (type.equals("none")) {
            apply(new LearningResponseClosed(key));
        }
        return result();
    }

    @CommandHandler
    CommandResult handle(AgreeTimeframe command) {
        guard(command);
        if (command.targetDate().isBefore(command.at().atZone(England.ZONE).toLocalDate())) {
            throw new RuleViolation("targetDate", "The agreed target date cannot be in the past.");
        }
        apply(new LearningResponseTimeframeAgreed(key, command.targetDate()));
        return result();
    }

    @CommandHandler
    CommandResult handle(AgreeFindings command) {
        guard(command);
        apply(new FindingsAgreed(key));
        return result();
    }

    @CommandHandler
    CommandResult handle(AgreeSafetyActions command) {
        guard(command);
        apply(new SafetyActionsAgreed(key));
        return result();
    }

    @CommandHandler
    CommandResult handle(CloseLearningResponse command) {
        guard(command);
        apply(new LearningResponseClosed(key));
        return result();
    }

    // ---- clocks --------------------------------------------------------------------------------------------------

    @DeadlineHandler(deadlineName = DEADLINE_APPROACHING)
    void approaching(DeadlineTrigger trigger) {
        deadlines
                .approaching(trigger)
                .ifPresent(d -> apply(new DeadlineApproaching(key, d.type(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    @DeadlineHandler(deadlineName = DEADLINE_DUE)
    void due(DeadlineTrigger trigger) {
        deadlines
                .breached(trigger)
                .ifPresent(d -> apply(new DeadlineBreached(key, d.type(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    /** Sets or moves a deadline: a warning {@code approachingLead} before it and the breach when it passes. */
    private void setDeadline(
            DeadlineType type, LocalDate dueOn, Instant now, DeadlinePolicy policy, DeadlineManager timers) {
        Deadlines.Scheduled set = deadlines.schedule(type.code(), dueOn, policy.approachingOn(dueOn), now, timers);
        apply(new DeadlineSet(key, set.type(), set.dueOn(), set.dueAt(), set.approachingId(), set.breachId()));
    }

    private void meet(DeadlineType type, DeadlineManager timers) {
        if (deadlines.stop(type.code(), timers)) {
            apply(new DeadlineMet(key, type.code()));
        }
    }

    private void suspendAll(DeadlineManager timers) {
        deadlines.stopAll(timers).forEach(type -> apply(new DeadlineSuspended(key, type)));
    }

    private void suspend(String type, DeadlineManager timers) {
        if (deadlines.stop(type, timers)) {
            apply(new DeadlineSuspended(key, type));
        }
    }

    /** The investigation report's deadline: 60 working days (levels 1 and 2) or 6 months (level 3). */
    private Optional<Deadline> reportDeadline() {
        return deadlines
                .get(DeadlineType.REPORT_60WD.code())
                .or(() -> deadlines.get(DeadlineType.INDEPENDENT_6M.code()));
    }

    private void guard(LifecycleCommand command) {
        if (!command.action().allowed(key.framework(), status)) {
            throw new IllegalTransition(command.action(), key.framework(), status);
        }
    }

    private List<String> nationalRequirements() {
        List<String> requirements = new java.util.ArrayList<>();
        if (content.neverEventType() != null) {
            requirements.add(NationalResponses.NEVER_EVENT);
        }
        if (content.nationalRequirement() != null) {
            requirements.add(content.nationalRequirement());
        }
        return requirements;
    }

    private void involve(List<String> organisations, String coordinatingOrganisation) {
        List<String> added = organisations == null
                ? List.of()
                : organisations.stream()
                        .filter(ods -> !involved.contains(ods) && !ods.equals(key.providerOds()))
                        .distinct()
                        .toList();
        boolean coordinatorChanged = coordinatingOrganisation != null && !coordinatingOrganisation.equals(coordinating);
        if (!added.isEmpty() || coordinatorChanged) {
            apply(new OrganisationsInvolvedIdentified(
                    key, added, coordinatingOrganisation != null ? coordinatingOrganisation : coordinating));
        }
    }

    /**
     * Whether a revision would quietly undo what made this incident serious (DOMAIN §3.1, §3.5): once it is a
     * serious incident or a PSII, lowering a patient's harm, dropping a patient or removing the never-event code
     * needs a recorded reason.
     */
    private boolean undoesASafetyRule(IncidentContent revised, Map<String, PatientRecord> before) {
        if (!seriousIncident && !"psii".equals(learningResponse)) {
            return false;
        }
        if (content.neverEventType() != null && revised.neverEventType() == null) {
            return true;
        }
        if (content.nationalRequirement() != null
                && !content.nationalRequirement().equals(revised.nationalRequirement())) {
            return true;
        }
        Map<String, PatientRecord> after = new LinkedHashMap<>();
        revised.patients().forEach(p -> after.put(p.ref(), p));
        for (PatientRecord was : before.values()) {
            PatientRecord now = after.get(was.ref());
            if (now == null
                    || RevisionChanges.lower(was.physicalHarm(), now.physicalHarm(), HarmCodes::physical)
                    || RevisionChanges.lower(
                            was.psychologicalHarm(), now.psychologicalHarm(), HarmCodes::psychological)) {
                return true;
            }
        }
        return false;
    }

    private static boolean harmChanged(PatientRecord patient, String physical, String psychological) {
        return !Objects.equals(patient.physicalHarm(), physical)
                || !Objects.equals(patient.psychologicalHarm(), psychological);
    }

    private CommandResult result() {
        List<CommandResult.Deadline> deadlineViews = deadlines.all().stream()
                .map(d -> new CommandResult.Deadline(
                        d.type(), d.dueOn(), d.dueAt(), d.state().code()))
                .toList();
        return new CommandResult(
                incidentId,
                key.providerOds(),
                key.framework(),
                kind,
                status.code(),
                Action.allowedIn(key.framework(), status),
                deadlineViews);
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    private void advance(IncidentEvent event) {
        Status.after(event).ifPresent(next -> status = next);
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        incidentId = event.key().incidentId();
        key = event.key();
        kind = event.kind();
        revision = event.revision();
        content = event.content();
        advance(event);
    }

    @EventSourcingHandler
    void on(IncidentUpdated event) {
        revision = event.revision();
        content = event.content();
    }

    @EventSourcingHandler
    void on(HarmRegraded event) {
        content = new IncidentContent(
                content.occurredOn(),
                content.identifiedAt(),
                content.description(),
                content.immediateActions(),
                content.nearMiss(),
                content.neverEventType(),
                content.patients().stream()
                        .map(p -> p.ref().equals(event.patientRef())
                                ? new PatientRecord(
                                        p.ref(),
                                        p.sealedIdentity(),
                                        p.ageBand(),
                                        event.physicalHarm(),
                                        event.psychologicalHarm())
                                : p)
                        .toList(),
                content.outcomeType(),
                content.riskTheme(),
                content.riskImminent(),
                content.goodCare(),
                content.nationalRequirement());
    }

    @EventSourcingHandler
    void on(OrganisationsInvolvedIdentified event) {
        involved.addAll(event.organisations());
        coordinating = event.coordinating();
    }

    @EventSourcingHandler
    void on(SeriousIncidentDeclared event) {
        seriousIncident = true;
        declaredOn = England.dateOf(event.declaredAt() != null ? event.declaredAt() : event.identifiedAt());
        advance(event);
    }

    @EventSourcingHandler
    void on(SeriousIncidentLoggedOnSteis event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(InitialReviewSubmitted event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(DowngradeRequested event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(DowngradeAgreed event) {
        seriousIncident = false;
        advance(event);
    }

    @EventSourcingHandler
    void on(DowngradeRefused event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(InvestigationLevelSet event) {
        level = event.level();
        advance(event);
    }

    @EventSourcingHandler
    void on(IndependentInvestigationCommissioned event) {
        commissionedOn = event.commissionedOn();
    }

    @EventSourcingHandler
    void on(InvestigationClockStopRequested event) {
        pendingStop = event;
        advance(event);
    }

    @EventSourcingHandler
    void on(InvestigationClockStopRefused event) {
        pendingStop = null;
        advance(event);
    }

    @EventSourcingHandler
    void on(InvestigationClockStopped event) {
        pendingStop = null;
        clockStoppedOn = event.stoppedOn();
        advance(event);
    }

    @EventSourcingHandler
    void on(InvestigationClockRestarted event) {
        clockStoppedOn = null;
        advance(event);
    }

    @EventSourcingHandler
    void on(InvestigationReportSubmitted event) {
        pendingStop = null; // a report submitted while a stop was asked for answers the request
        advance(event);
    }

    @EventSourcingHandler
    void on(FurtherInformationRequested event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(SeriousIncidentClosed event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(SeriousIncidentReopened event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(LearningResponseChosen event) {
        learningResponse = event.responseType();
        advance(event);
    }

    @EventSourcingHandler
    void on(LearningResponseTimeframeAgreed event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(FindingsAgreed event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(SafetyActionsAgreed event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(LearningResponseClosed event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(DeadlineSet event) {
        deadlines.recordSet(
                event.deadlineType(), event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
    }

    @EventSourcingHandler
    void on(DeadlineMet event) {
        deadlines.recordState(event.deadlineType(), DeadlineState.MET);
    }

    @EventSourcingHandler
    void on(DeadlineSuspended event) {
        deadlines.recordState(event.deadlineType(), DeadlineState.SUSPENDED);
    }

    @EventSourcingHandler
    void on(DeadlineApproaching event) {
        deadlines.recordWarned(event.deadlineType());
    }

    @EventSourcingHandler
    void on(DeadlineBreached event) {
        deadlines.recordState(event.deadlineType(), DeadlineState.BREACHED);
    }
}
