package uk.nhs.patientsafety.incident.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * The internal events moved from {@code write.incident} to {@code events} (2026-12-01). Event stores written before
 * name them by their old class; this reads those as the same events under their new name, payload unchanged, so no
 * stored incident is lost or rewritten.
 */
@ApplicationScoped
public class IncidentEventsMovedUpcaster extends SingleEventUpcaster {

    static final String OLD = "uk.nhs.patientsafety.incident.write.incident.IncidentEvents$";
    static final String NEW = IncidentEvents.class.getName() + "$";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().startsWith(OLD);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String event = representation.getType().getName().substring(OLD.length());
        return representation.upcastPayload(
                new SimpleSerializedType(NEW + event, representation.getType().getRevision()),
                JsonNode.class,
                payload -> payload);
    }
}
