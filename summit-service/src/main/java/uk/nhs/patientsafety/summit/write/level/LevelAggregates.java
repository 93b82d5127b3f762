package uk.nhs.patientsafety.summit.write.level;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class LevelAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(ProviderEscalationStatus.class);
    }
}
