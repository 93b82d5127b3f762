package uk.nhs.patientsafety.assurance.write.awareness;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class AwarenessAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(AwarenessItem.class);
    }
}
