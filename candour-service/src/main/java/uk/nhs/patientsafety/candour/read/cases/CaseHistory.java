package uk.nhs.patientsafety.candour.read.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.nhs.patientsafety.candour.access.CandourAccess;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;

/**
 * A case's audit trail, read from its event stream: who did what, when. Details are built from allow-lists of field
 * names: {@link #CODES} for everyone who may see the case, {@link #PROVIDER_ONLY} for the provider's own team. The
 * sealed relevant person is on neither, so it is shown to nobody here; a field added to an event later is shown to
 * nobody until it is put on a list.
 */
@ApplicationScoped
public class CaseHistory {

    /** One entry; {@code actor} (a person's login) only in the full view. */
    public record Entry(long sequence, String event, Instant at, String actor, String actorOrg, JsonNode details) {}

    /** Status, codes and dates: what a commissioner may see. */
    static final Set<String> CODES = Set.of(
            "trigger",
            "screenedHarm",
            "uncertain",
            "ruleset",
            "assessmentRequired",
            "incidentDate",
            "incidentReportedAt",
            "notificationDueOn",
            "applicable",
            "notifiedOn",
            "dueOn",
            "withinTarget",
            "exemption",
            "step",
            "dueAt",
            "attempt",
            "attemptedAt",
            "sentOn",
            "providedOn",
            "sharedOn",
            "how",
            "version",
            "responseType",
            "meeting",
            "heldOn",
            "purposeExplainedOrally",
            "purposeExplainedInWriting",
            "concern",
            "raisedOn",
            "answeredOn",
            "document",
            "asAgreed");

    /** The provider's own record: the assessment's reasoning, the notification's content, notes. */
    static final Set<String> PROVIDER_ONLY = Set.of(
            "physicalHarm",
            "psychologicalHarm",
            "providerType",
            "neverEvent",
            "unintendedOrUnexpected",
            "duringRegulatedActivity",
            "harmCategory",
            "potential",
            "rationale",
            "notApplicableReason",
            "screenedHarmAtAssessment",
            "basis",
            "method",
            "successful",
            "note",
            "givenBy",
            "givenAt",
            "place",
            "account",
            "furtherEnquiries",
            "supportOffered",
            "apology",
            "attempts",
            "reason",
            "documentId",
            "edited",
            "chars",
            "copyId",
            "copyContentType",
            "copyBytes",
            "summary",
            "enquiryResults",
            "notes",
            "text",
            "answer");

    /** Never shown: the sealed identity and its reference, the key, the timers' ids. */
    static final Set<String> NEVER =
            Set.of("key", "personRef", "sealedPerson", "sealedText", "sealedCopy", "approachingId", "breachId");

    /** Events a commissioner sees in the trail: the steps and the clock, not the internal screens. */
    static final Set<String> STATUS_EVENTS = Set.of(
            "CaseOpened",
            "CandourAssessmentRequired",
            "CandourAssessed",
            "RelevantPersonIdentified",
            "VerbalNotificationGiven",
            "StatutoryStepsClosed",
            "WrittenNotificationSent",
            "CandourUpdateProvided",
            "IncidentResponseConcluded",
            "CandourFindingsShared",
            "CandourCompleted",
            "FamilyInvolvementRequired",
            "FamilyMeetingHeld",
            "FamilyConcernRaised",
            "FamilyConcernAnswered",
            "InvestigationDocumentShared",
            "CandourDeadlineSet",
            "CandourDeadlineMet",
            "CandourDeadlineStopped",
            "CandourOverdue");

    @Inject
    EventStore events;

    @Inject
    ObjectMapper json;

    public List<Entry> of(String caseId, CandourAccess.View view) {
        boolean full = view == CandourAccess.View.FULL;
        List<Entry> entries = new ArrayList<>();
        DomainEventStream stream = events.readEvents(caseId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            String name = message.getPayloadType().getSimpleName();
            if (!full && !STATUS_EVENTS.contains(name)) {
                continue;
            }
            JsonNode payload = json.valueToTree(message.getPayload());
            ObjectNode details = json.createObjectNode();
            payload.fields().forEachRemaining(field -> {
                if (CODES.contains(field.getKey()) || (full && PROVIDER_ONLY.contains(field.getKey()))) {
                    details.set(field.getKey(), field.getValue());
                }
            });
            entries.add(new Entry(
                    message.getSequenceNumber(),
                    name,
                    message.getTimestamp(),
                    full ? (String) message.getMetaData().get(AxonRuntime.ACTOR) : null,
                    (String) message.getMetaData().get(AxonRuntime.ACTOR_ORG),
                    details));
        }
        return entries;
    }
}
