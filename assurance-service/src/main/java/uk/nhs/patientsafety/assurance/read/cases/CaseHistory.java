package uk.nhs.patientsafety.assurance.read.cases;

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
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.nhs.patientsafety.assurance.access.CaseAccess;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;

/**
 * A case's audit trail, read from its event stream: who did what, when. Details are built from an allow-list of
 * field names: a field added to an event later is shown to nobody until it is put on one of these lists (a test
 * checks that every field is).
 */
@ApplicationScoped
public class CaseHistory {

    public record Entry(long sequence, String event, Instant at, String actor, String actorOrg, JsonNode details) {}

    /** Codes, dates, ids and organisations: shown in every view. */
    static final Set<String> SHOWN = Set.of(
            "receivedAt",
            "reviewDueOn",
            "submission",
            "method",
            "checklist",
            "item",
            "answer",
            "monitoringAgreed",
            "openActions",
            "reasonCodes",
            "forum",
            "actionId",
            "deadlineType",
            "dueOn",
            "dueAt",
            "duration",
            "by");

    /** Free text and people's names: the full view only. */
    static final Set<String> FULL_VIEW_ONLY =
            Set.of("panel", "name", "role", "comment", "comments", "request", "monitoringArrangement", "reason");

    /** Never shown: the key is the entry's own case; timer ids are internal. */
    static final Set<String> NEVER = Set.of("key", "approachingId", "breachId");

    @Inject
    EventStore eventStore;

    @Inject
    ObjectMapper json;

    public List<Entry> of(String caseId, CaseAccess.View view) {
        List<Entry> entries = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(caseId);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            entries.add(new Entry(
                    event.getSequenceNumber(),
                    event.getPayloadType().getSimpleName(),
                    event.getTimestamp(),
                    view == CaseAccess.View.FULL ? (String) event.getMetaData().get(AxonRuntime.ACTOR) : null,
                    (String) event.getMetaData().get(AxonRuntime.ACTOR_ORG),
                    allowed(json.valueToTree(event.getPayload()), view)));
        }
        return entries;
    }

    /** A copy of {@code node} with only the fields the view allows, at every depth. */
    static JsonNode allowed(JsonNode node, CaseAccess.View view) {
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(allowed(element, view)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).objectNode();
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (SHOWN.contains(name) || (view == CaseAccess.View.FULL && FULL_VIEW_ONLY.contains(name))) {
                copy.set(name, allowed(field.getValue(), view));
            }
        });
        return copy;
    }
}
