package uk.nhs.patientsafety.assurance.write.safetyaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class SafetyActionAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(SafetyAction.class);
    }
}
