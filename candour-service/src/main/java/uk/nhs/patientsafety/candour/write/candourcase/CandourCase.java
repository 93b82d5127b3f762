package uk.nhs.patientsafety.candour.write.candourcase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.nhs.patientsafety.candour.events.CandourEvents.*;
import uk.nhs.patientsafety.candour.events.CaseKey;
import uk.nhs.patientsafety.candour.events.Status;
import uk.nhs.patientsafety.candour.reference.CandourPolicy;
import uk.nhs.patientsafety.candour.write.candourcase.CandourCommands.*;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineState;
import uk.nhs.patientsafety.eventsourcing.deadlines.DeadlineTrigger;
import uk.nhs.patientsafety.eventsourcing.deadlines.Deadlines;
import uk.nhs.patientsafety.reference.England;

/**
 * The statutory Duty of Candour (regulation 20) for one patient of one incident (DOMAIN §6): screened on every report
 * and regrade, assessed by the provider's candour lead under 20(8) or 20(9) by the provider's type on the incident
 * date, then the relevant person told in person within the contractual target, or the statutory steps closed under
 * 20(5). Every lead's command checks {@link Action}'s table first.
 */
public class CandourCase {

    static final String DEADLINE_APPROACHING = "candour-deadline-approaching";
    static final String DEADLINE_DUE = "candour-deadline-due";
    public static final String VERBAL_NOTIFICATION = "verbal_notification";
    public static final String WRITTEN_NOTIFICATION = "written_notification";

    @AggregateIdentifier
    private String caseId;

    private CaseKey key;
    private Status status;
    private LocalDate incidentDate;
    private Instant incidentReportedAt;
    private boolean neverEvent;
    private String providerType;
    private String screenedHarm;
    private String harmAtAssessment;
    private String ruleset;
    private int attempts;
    private int unsuccessfulAttempts;
    private String personRef;
    private String sealedPerson;
    private VerbalNotificationGiven notification;
    private int drafts;
    private final java.util.Set<String> documents = new java.util.HashSet<>();
    private String latestDocument;
    private boolean responseConcluded;
    private String familyInvolvement;
    private int familyMeetings;
    private int concerns;
    private final java.util.Set<Integer> answered = new java.util.HashSet<>();
    private final java.util.Set<String> shared = new java.util.HashSet<>();
    private final Deadlines deadlines = new Deadlines(DEADLINE_APPROACHING, DEADLINE_DUE);

    protected CandourCase() {}

    /**
     * Screens the patient's harm, opening the case on first sight. A screen that requires an assessment moves a
     * screened-out case to assessment; after a "not applicable" assessment only a rise in harm does (DOMAIN §6.2:
     * not applicable is terminal unless harm changes). Once the duty applies a screen is recorded and changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(ScreenCase command, CandourPolicy policy, DeadlineManager timers) {
        if (key == null) {
            LocalDate date = command.incidentDate() != null
                    ? command.incidentDate()
                    : England.dateOf(command.incidentReportedAt());
            apply(new CaseOpened(
                    new CaseKey(command.caseId(), command.incidentId(), command.providerOds(), command.patientRef()),
                    date,
                    command.incidentReportedAt(),
                    command.neverEvent(),
                    // Opening fixes the provider's type: the one in force on the incident date.
                    command.providerType()));
        }
        CandourPolicy.Screen screen = policy.screen(
                providerType, incidentDate, command.physicalHarm(), command.psychologicalHarm(), neverEvent);
        String previous = screenedHarm;
        apply(new CaseScreened(
                key,
                command.trigger(),
                command.physicalHarm(),
                command.psychologicalHarm(),
                screen.screenedHarm(),
                screen.uncertain(),
                providerType,
                screen.ruleset(),
                screen.assessmentRequired()));
        boolean requires =
                switch (status) {
                    case SCREENED_OUT -> screen.assessmentRequired();
                    case NOT_APPLICABLE ->
                        screen.assessmentRequired()
                                && !screen.uncertain()
                                && CandourPolicy.rank(screen.screenedHarm())
                                        > CandourPolicy.rank(harmAtAssessment != null ? harmAtAssessment : previous);
                    default -> false;
                };
        if (requires) {
            LocalDate due = policy.notificationDue(England.dateOf(incidentReportedAt));
            apply(new CandourAssessmentRequired(
                    key, command.trigger(), screen.screenedHarm(), screen.ruleset(), incidentReportedAt, due));
            setDeadline(VERBAL_NOTIFICATION, due, command.at(), policy, timers);
        }
        return result();
    }

    @CommandHandler
    CommandResult handle(Assess command, CandourPolicy policy, DeadlineManager timers) {
        guard(command);
        String rules = policy.rulesetFor(providerType, incidentDate)
                .orElseThrow(() -> new RuleViolation(
                        "providerType",
                        "The provider's type on " + incidentDate + " is not known, so neither 20(8) nor 20(9) can"
                                + " be applied: the commissioning reference data needs the provider's type."));
        CandourPolicy.Ruleset ruleset = policy.ruleset(rules, incidentDate);
        boolean unintended = required("unintendedOrUnexpected", command.unintendedOrUnexpected());
        boolean regulated = required("duringRegulatedActivity", command.duringRegulatedActivity());
        String harm = command.harmCategory();
        if (harm != null && !ruleset.harmCategories().contains(harm)) {
            throw new RuleViolation(
                    "harmCategory",
                    "'" + harm + "' is not a notifiable harm under " + label(rules) + " for a " + providerType
                            + ": one of " + ruleset.harmCategories() + ", or none.");
        }
        boolean potential = Boolean.TRUE.equals(command.potential());
        if (potential && !ruleset.potentialHarmCounts()) {
            throw new RuleViolation(
                    "potential",
                    "Under " + label(rules) + " only harm the incident appears to have resulted in counts (or"
                            + " treatment needed to prevent it), not harm it could result in.");
        }
        if (potential && harm == null) {
            throw new RuleViolation("potential", "Potential harm names the harm the incident could result in.");
        }
        if (command.rationale() == null || command.rationale().isBlank()) {
            throw new RuleViolation("rationale", "The assessment records its rationale.");
        }
        boolean applicable = unintended && regulated && harm != null;
        String reason = command.notApplicableReason();
        if (!applicable && (reason == null || reason.isBlank())) {
            throw new RuleViolation(
                    "notApplicableReason",
                    "An incident assessed as not notifiable records why (the general duty of openness, 20(1),"
                            + " still applies).");
        }
        apply(new CandourAssessed(
                key,
                providerType,
                rules,
                unintended,
                regulated,
                harm,
                potential,
                command.rationale(),
                applicable,
                applicable ? null : reason,
                screenedHarm));
        if (applicable) {
            if (deadlines
                    .get(VERBAL_NOTIFICATION)
                    .filter(d -> d.state().running())
                    .isEmpty()) {
                setDeadline(
                        VERBAL_NOTIFICATION,
                        policy.notificationDue(England.dateOf(incidentReportedAt)),
                        command.at(),
                        policy,
                        timers);
            }
        } else if (deadlines.stop(VERBAL_NOTIFICATION, timers)) {
            apply(new CandourDeadlineStopped(key, VERBAL_NOTIFICATION));
        }
        return result();
    }

    @CommandHandler
    CommandResult handle(IdentifyRelevantPerson command) {
        guard(command);
        apply(new RelevantPersonIdentified(key, command.basis(), command.personRef(), command.sealedPerson()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RecordContactAttempt command) {
        guard(command);
        if (command.attemptedAt().isAfter(command.at())) {
            throw new RuleViolation("attemptedAt", "An attempt to contact is recorded once it has been made.");
        }
        apply(new ContactAttempted(
                key,
                attempts + 1,
                command.attemptedAt(),
                command.method(),
                Boolean.TRUE.equals(command.successful()),
                command.note()));
        return result();
    }

    /**
     * The notification in person (20(3)): a record without who gave it, when, where, the true account, the further
     * enquiries, the support offered or the apology is refused, naming the missing element.
     */
    @CommandHandler
    CommandResult handle(RecordNotification command, CandourPolicy policy, DeadlineManager timers) {
        guard(command);
        if (!Boolean.TRUE.equals(command.inPerson())) {
            throw new RuleViolation(
                    "inPerson", "The notification under 20(3) is given in person; a letter is the written one.");
        }
        element("givenBy", command.givenBy(), "who gave the notification");
        if (command.givenAt() == null) {
            throw new RuleViolation("givenAt", "The record says when the notification was given.");
        }
        if (command.givenAt().isAfter(command.at())) {
            throw new RuleViolation("givenAt", "A notification is recorded once it has been given.");
        }
        element("place", command.place(), "where it was given");
        element("account", command.account(), "a true account of all the facts known at the time (20(3)(b))");
        element("furtherEnquiries", command.furtherEnquiries(), "the further enquiries thought appropriate (20(3)(c))");
        element("supportOffered", command.supportOffered(), "the reasonable support offered (20(2)(b))");
        element(
                "apology",
                command.apology(),
                "an apology (20(3)(d)): an expression of sorrow or regret, which is not an admission of liability");
        LocalDate notifiedOn = England.dateOf(command.givenAt());
        LocalDate dueOn = deadlines.get(VERBAL_NOTIFICATION).map(d -> d.dueOn()).orElse(null);
        apply(new VerbalNotificationGiven(
                key,
                command.givenBy(),
                command.givenAt(),
                command.place(),
                command.account(),
                command.furtherEnquiries(),
                command.supportOffered(),
                command.apology(),
                notifiedOn,
                dueOn,
                dueOn == null || !notifiedOn.isAfter(dueOn)));
        if (deadlines.stop(VERBAL_NOTIFICATION, timers)) {
            apply(new CandourDeadlineMet(key, VERBAL_NOTIFICATION));
        }
        setDeadline(
                WRITTEN_NOTIFICATION,
                policy.writtenNotificationDue(England.dateOf(incidentReportedAt)),
                command.at(),
                policy,
                timers);
        return result();
    }

    @CommandHandler
    CommandResult handle(RecordDeclined command, DeadlineManager timers) {
        guard(command);
        element("reason", command.reason(), "how the relevant person declined to speak");
        close("declined", command.reason(), timers);
        return result();
    }

    /** 20(5): only after at least one attempt to contact failed, and none reached them. */
    @CommandHandler
    CommandResult handle(RecordCannotContact command, DeadlineManager timers) {
        guard(command);
        if (unsuccessfulAttempts == 0 || unsuccessfulAttempts < attempts) {
            throw new RuleViolation(
                    "attempts",
                    attempts > unsuccessfulAttempts
                            ? "The relevant person was reached: record the notification, or that they declined."
                            : "Record the attempts to contact the relevant person first (20(5) keeps their record).");
        }
        element("reason", command.reason(), "why the relevant person cannot be contacted");
        close("cannot_be_contacted", command.reason(), timers);
        return result();
    }

    /**
     * Drafts the written notification (20(4)): from the facts recorded in person and the enquiries' results so far,
     * or the lead's edited text. Each draft is a new document; the text is sealed like the person.
     */
    @CommandHandler
    CommandResult handle(DraftWrittenNotification command, Letters letters) {
        guard(command);
        String text = command.text();
        boolean edited = text != null && !text.isBlank();
        if (!edited) {
            text = Letters.draft(
                    letters.nameOf(personRef, sealedPerson),
                    new Letters.Facts(
                            notification.notifiedOn(),
                            notification.place(),
                            notification.givenBy(),
                            notification.account(),
                            notification.furtherEnquiries(),
                            command.enquiryResults(),
                            notification.supportOffered(),
                            notification.apology()));
        }
        Letters.Sealed sealed = letters.seal(caseId, text);
        String documentId = java.util
                .UUID
                .nameUUIDFromBytes(("candour-letter:" + caseId + ":" + (drafts + 1))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        apply(new WrittenNotificationDrafted(
                key, documentId, drafts + 1, edited, sealed.ref(), sealed.sealedText(), text.length()));
        return result();
    }

    @CommandHandler
    CommandResult handle(MarkWrittenNotificationSent command, Letters letters, DeadlineManager timers) {
        guard(command);
        if (!documents.contains(command.documentId())) {
            throw new RuleViolation("documentId", "No draft of this case's written notification has that id.");
        }
        if (command.sentOn().isAfter(England.dateOf(command.at()))) {
            throw new RuleViolation("sentOn", "A letter is marked as sent once it has been sent.");
        }
        String copyId = null;
        String sealedCopy = null;
        String copyType = null;
        int copyBytes = 0;
        if (command.copy() != null) {
            copyId = java.util
                    .UUID
                    .nameUUIDFromBytes(
                            ("candour-copy:" + command.documentId()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString();
            sealedCopy = letters.seal(
                            caseId,
                            java.util.Base64.getEncoder()
                                    .encodeToString(command.copy().content()))
                    .sealedText();
            copyType = command.copy().contentType();
            copyBytes = command.copy().content().length;
        }
        LocalDate due = deadlines.get(WRITTEN_NOTIFICATION).map(d -> d.dueOn()).orElse(null);
        apply(new WrittenNotificationSent(
                key,
                command.documentId(),
                command.sentOn(),
                command.method(),
                due == null || !command.sentOn().isAfter(due),
                copyId,
                copyType,
                sealedCopy,
                copyBytes));
        if (deadlines.stop(WRITTEN_NOTIFICATION, timers)) {
            apply(new CandourDeadlineMet(key, WRITTEN_NOTIFICATION));
        }
        return result();
    }

    @CommandHandler
    CommandResult handle(ProvideUpdate command) {
        guard(command);
        element("summary", command.summary(), "what the relevant person was told");
        apply(new CandourUpdateProvided(key, command.providedOn(), command.method(), command.summary()));
        return result();
    }

    /** Findings are shared once the incident's investigation or learning response has concluded, not before. */
    @CommandHandler
    CommandResult handle(ShareFindings command) {
        guard(command);
        if (!responseConcluded) {
            throw new RuleViolation(
                    "findings",
                    "The incident's investigation or learning response has not concluded: its findings are shared"
                            + " once it has (until then, provide updates).");
        }
        element("summary", command.summary(), "what was shared");
        apply(new CandourFindingsShared(key, command.sharedOn(), command.method(), command.summary()));
        return result();
    }

    @CommandHandler
    CommandResult handle(Complete command) {
        guard(command);
        apply(new CandourCompleted(key));
        return result();
    }

    @CommandHandler
    void handle(RecordResponseConcluded command) {
        if (!responseConcluded) {
            apply(new IncidentResponseConcluded(key, command.how()));
        }
    }

    // ---- family involvement --------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RequireFamilyInvolvement command) {
        if (familyInvolvement == null) {
            apply(new FamilyInvolvementRequired(key, command.responseType()));
        }
    }

    /** A meeting with the family is held away from the site of the incident (seed 000). */
    @CommandHandler
    CommandResult handle(RecordFamilyMeeting command) {
        guard(command);
        family();
        if (command.heldOn().isAfter(England.dateOf(command.at()))) {
            throw new RuleViolation("heldOn", "A meeting is recorded once it has been held.");
        }
        if (!Boolean.TRUE.equals(command.awayFromSite())) {
            throw new RuleViolation(
                    "awayFromSite", "A meeting with the family is held away from the site of the incident.");
        }
        apply(new FamilyMeetingHeld(
                key,
                familyMeetings + 1,
                command.heldOn(),
                command.place(),
                Boolean.TRUE.equals(command.purposeExplainedOrally()),
                Boolean.TRUE.equals(command.purposeExplainedInWriting()),
                command.notes()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RecordFamilyConcern command) {
        guard(command);
        family();
        if (command.concern() == null) {
            element("text", command.text(), "the family's question or concern");
            apply(new FamilyConcernRaised(key, concerns + 1, command.on(), command.text()));
        } else {
            if (command.concern() < 1 || command.concern() > concerns) {
                throw new RuleViolation("concern", "No concern of this case has that number.");
            }
            if (answered.contains(command.concern())) {
                throw new RuleViolation("concern", "That concern was answered already.");
            }
            element("answer", command.answer(), "the answer given to the family");
            apply(new FamilyConcernAnswered(key, command.concern(), command.on(), command.answer()));
        }
        return result();
    }

    /** The final report is shared once the response has concluded, and after its draft. */
    @CommandHandler
    CommandResult handle(RecordReportShared command) {
        guard(command);
        family();
        if ("final_report".equals(command.document()) && !responseConcluded) {
            throw new RuleViolation(
                    "document", "The final report is shared once the incident's investigation has concluded.");
        }
        if ("final_report".equals(command.document()) && !shared.contains("draft_report")) {
            throw new RuleViolation("document", "Share the draft report with the family before the final one.");
        }
        apply(new InvestigationDocumentShared(
                key, command.document(), command.sharedOn(), Boolean.TRUE.equals(command.asAgreed())));
        return result();
    }

    private void family() {
        if (familyInvolvement == null) {
            throw new RuleViolation(
                    "familyInvolvement",
                    "Family involvement is recorded for serious incidents and PSIIs; this incident is neither yet.");
        }
    }

    private void close(String exemption, String reason, DeadlineManager timers) {
        apply(new StatutoryStepsClosed(key, exemption, attempts, reason));
        if (deadlines.stop(VERBAL_NOTIFICATION, timers)) {
            apply(new CandourDeadlineStopped(key, VERBAL_NOTIFICATION));
        }
    }

    // ---- clocks --------------------------------------------------------------------------------------------------

    @DeadlineHandler(deadlineName = DEADLINE_APPROACHING)
    void approaching(DeadlineTrigger trigger) {
        deadlines
                .approaching(trigger)
                .ifPresent(
                        d -> apply(new CandourDeadlineApproaching(key, d.type(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    @DeadlineHandler(deadlineName = DEADLINE_DUE)
    void due(DeadlineTrigger trigger) {
        deadlines
                .breached(trigger)
                .ifPresent(d -> apply(new CandourOverdue(key, d.type(), d.dueAt()), Deadlines.BY_THE_CLOCK));
    }

    private void setDeadline(String step, LocalDate dueOn, Instant now, CandourPolicy policy, DeadlineManager timers) {
        Deadlines.Scheduled set = deadlines.schedule(step, dueOn, policy.approachingOn(dueOn), now, timers);
        apply(new CandourDeadlineSet(key, set.type(), set.dueOn(), set.dueAt(), set.approachingId(), set.breachId()));
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    private void guard(CaseAction command) {
        if (!command.action().allowed(status)) {
            throw new IllegalTransition(command.action(), status);
        }
    }

    private static boolean required(String field, Boolean value) {
        if (value == null) {
            throw new RuleViolation(field, "The assessment records this CQC test: true or false.");
        }
        return value;
    }

    private static void element(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "The record must include " + what + ".");
        }
    }

    private static String label(String ruleset) {
        return CandourPolicy.REG20_8.equals(ruleset) ? "regulation 20(8)" : "regulation 20(9)";
    }

    private CommandResult result() {
        List<CommandResult.Deadline> views = deadlines.all().stream()
                .map(d -> new CommandResult.Deadline(
                        d.type(), d.dueOn(), d.dueAt(), d.state().code()))
                .toList();
        return new CommandResult(
                caseId,
                key.incidentId(),
                key.providerOds(),
                status.code(),
                ruleset,
                allowedActions(),
                views,
                latestDocument);
    }

    /** The lifecycle's next actions, and family involvement's while the incident is an SI or PSII. */
    private List<String> allowedActions() {
        return java.util.Arrays.stream(Action.values())
                .filter(a -> a.allowed(status) && (!a.family() || familyInvolvement != null))
                .map(Action::code)
                .toList();
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    private void advance(CandourEvent event) {
        Status.after(event).ifPresent(next -> status = next);
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.key().caseId();
        key = event.key();
        incidentDate = event.incidentDate();
        incidentReportedAt = event.incidentReportedAt();
        neverEvent = event.neverEvent();
        providerType = event.providerType();
        advance(event);
    }

    @EventSourcingHandler
    void on(CaseScreened event) {
        if (!event.uncertain()) {
            screenedHarm = event.screenedHarm();
        }
        if (ruleset == null) {
            ruleset = event.ruleset();
        }
    }

    @EventSourcingHandler
    void on(CandourAssessmentRequired event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(CandourAssessed event) {
        ruleset = event.ruleset();
        harmAtAssessment = event.screenedHarmAtAssessment();
        advance(event);
    }

    @EventSourcingHandler
    void on(RelevantPersonIdentified event) {
        personRef = event.personRef();
        sealedPerson = event.sealedPerson();
        advance(event);
    }

    @EventSourcingHandler
    void on(WrittenNotificationDrafted event) {
        drafts = event.version();
        documents.add(event.documentId());
        latestDocument = event.documentId();
    }

    @EventSourcingHandler
    void on(WrittenNotificationSent event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(IncidentResponseConcluded event) {
        responseConcluded = true;
    }

    @EventSourcingHandler
    void on(CandourFindingsShared event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(CandourCompleted event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(FamilyInvolvementRequired event) {
        familyInvolvement = event.responseType();
    }

    @EventSourcingHandler
    void on(FamilyMeetingHeld event) {
        familyMeetings = event.meeting();
    }

    @EventSourcingHandler
    void on(FamilyConcernRaised event) {
        concerns = event.concern();
    }

    @EventSourcingHandler
    void on(FamilyConcernAnswered event) {
        answered.add(event.concern());
    }

    @EventSourcingHandler
    void on(InvestigationDocumentShared event) {
        shared.add(event.document());
    }

    @EventSourcingHandler
    void on(ContactAttempted event) {
        attempts = event.attempt();
        if (!event.successful()) {
            unsuccessfulAttempts++;
        }
    }

    @EventSourcingHandler
    void on(VerbalNotificationGiven event) {
        notification = event;
        advance(event);
    }

    @EventSourcingHandler
    void on(StatutoryStepsClosed event) {
        advance(event);
    }

    @EventSourcingHandler
    void on(CandourDeadlineSet event) {
        deadlines.recordSet(event.step(), event.dueOn(), event.dueAt(), event.approachingId(), event.breachId());
    }

    @EventSourcingHandler
    void on(CandourDeadlineMet event) {
        deadlines.recordState(event.step(), DeadlineState.MET);
    }

    @EventSourcingHandler
    void on(CandourDeadlineStopped event) {
        deadlines.recordState(event.step(), DeadlineState.SUSPENDED);
    }

    @EventSourcingHandler
    void on(CandourDeadlineApproaching event) {
        deadlines.recordWarned(event.step());
    }

    @EventSourcingHandler
    void on(CandourOverdue event) {
        deadlines.recordState(event.step(), DeadlineState.BREACHED);
    }
}
