package uk.nhs.patientsafety.summit.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * An aggregate's events straight from the event store, for access decisions on actions: the store is never behind
 * (a read model may be), so a record acted on right after it was created is judged on what it is now.
 */
@ApplicationScoped
public class Histories {

    @Inject
    EventStore eventStore;

    public List<Object> of(String aggregateId) {
        return eventStore
                .readEvents(aggregateId)
                .asStream()
                .map(m -> (Object) m.getPayload())
                .toList();
    }
}
