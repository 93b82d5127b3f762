package uk.nhs.patientsafety.incident.read.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.eventsourcing.patients.PatientVault;
import uk.nhs.patientsafety.incident.access.IncidentAccess;

/**
 * An incident's audit trail, read from its event stream: who did what, when. Each entry's details are built from an
 * allow-list of field names, never by serialising an event and removing what looks sensitive: a field added to an
 * event later is shown to nobody until it is put on one of these lists (a test checks that every field is).
 */
@ApplicationScoped
public class IncidentHistory {

    /** One entry of the trail; {@code actor} (a person's login) only in the full view. */
    public record Entry(long sequence, String event, Instant at, String actor, String actorOrg, JsonNode details) {}

    /** Codes, dates, references and organisations: shown in every view. */
    static final Set<String> SHOWN = Set.of(
            "kind",
            "providerReference",
            "revision",
            "reportedAt",
            "content",
            "occurredOn",
            "identifiedAt",
            "nearMiss",
            "neverEventType",
            "nationalRequirement",
            "outcomeType",
            "riskTheme",
            "riskImminent",
            "patients",
            "ref",
            "ageBand",
            "patientRef",
            "physicalHarm",
            "psychologicalHarm",
            "organisations",
            "coordinating",
            "logNumber",
            "agreedByOds",
            "refusedByOds",
            "requestedByOds",
            "closedByOds",
            "level",
            "reportDue",
            "reasonCode",
            "stoppedOn",
            "requestedOn",
            "reviewOn",
            "commissionedOn",
            "commissionedByOds",
            "restartedOn",
            "responseType",
            "externalBody",
            "targetDate",
            "deadlineType",
            "dueOn",
            "dueAt",
            "riskAssessment",
            "likelihoodOfRecurrence",
            "potentialHarm",
            "changedCodes",
            "worstHarm",
            "declaredAt",
            "category");

    /** Free text written by people, which may name or describe patients and staff: the full view only. */
    static final Set<String> FULL_VIEW_ONLY =
            Set.of("description", "immediateActions", "goodCare", "reason", "rationale", "note");

    /** Never shown: the key is the entry's own incident, identities are sealed, timer ids are internal. */
    static final Set<String> NEVER = Set.of("key", "sealedIdentity", "approachingId", "breachId");

    @Inject
    EventStore eventStore;

    @Inject
    ObjectMapper json;

    @Inject
    PatientVault vault;

    public List<Entry> of(String incidentId, IncidentAccess.View view) {
        List<Entry> entries = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(incidentId);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            entries.add(new Entry(
                    event.getSequenceNumber(),
                    event.getPayloadType().getSimpleName(),
                    event.getTimestamp(),
                    // Who, by name or login, is the provider's own business; other organisations see which
                    // organisation.
                    view == IncidentAccess.View.FULL
                            ? (String) event.getMetaData().get(AxonRuntime.ACTOR)
                            : null,
                    (String) event.getMetaData().get(AxonRuntime.ACTOR_ORG),
                    allowed(
                            json.valueToTree(event.getPayload()),
                            view,
                            ref -> view == IncidentAccess.View.FULL ? ref : vault.outsideReference(incidentId, ref))));
        }
        return entries;
    }

    /** Fields that name a patient: shown as {@code patientRefs} maps them (per incident outside the full view). */
    static final Set<String> PATIENT_REFERENCES = Set.of("ref", "patientRef");

    static JsonNode allowed(JsonNode node, IncidentAccess.View view) {
        return allowed(node, view, UnaryOperator.identity());
    }

    /** A copy of {@code node} with only the fields the view allows, at every depth. */
    static JsonNode allowed(JsonNode node, IncidentAccess.View view, UnaryOperator<String> patientRefs) {
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(allowed(element, view, patientRefs)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).objectNode();
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (PATIENT_REFERENCES.contains(name) && field.getValue().isTextual()) {
                copy.put(name, patientRefs.apply(field.getValue().asText()));
            } else if (SHOWN.contains(name) || (view == IncidentAccess.View.FULL && FULL_VIEW_ONLY.contains(name))) {
                copy.set(name, allowed(field.getValue(), view, patientRefs));
            }
        });
        return copy;
    }
}
