package uk.nhs.patientsafety.summit.read.summits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.summit.events.SummitEvents.SummitEvent;
import uk.nhs.patientsafety.summit.events.SummitStatus;

/**
 * A summit's audit trail from its event stream, built by allow-list: when, what (the event's name), which
 * organisation acted (or the clock) and the status after it — never an event's free text.
 */
@ApplicationScoped
public class SummitHistory {

    public record Entry(Instant at, String event, String actorOrg, boolean byTheClock, String status) {}

    @Inject
    EventStore eventStore;

    public List<Entry> of(String summitId) {
        String[] status = {null};
        return eventStore
                .readEvents(summitId)
                .asStream()
                .filter(m -> m.getPayload() instanceof SummitEvent)
                .map(m -> {
                    SummitStatus.after((SummitEvent) m.getPayload()).ifPresent(s -> status[0] = s.code());
                    Object actor = m.getMetaData().get(AxonRuntime.ACTOR);
                    Object org = m.getMetaData().get(AxonRuntime.ACTOR_ORG);
                    return new Entry(
                            m.getTimestamp(),
                            m.getPayload().getClass().getSimpleName(),
                            org == null ? null : org.toString(),
                            "platform:clock".equals(actor),
                            status[0]);
                })
                .toList();
    }
}
