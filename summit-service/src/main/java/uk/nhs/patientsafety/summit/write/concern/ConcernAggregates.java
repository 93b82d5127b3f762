package uk.nhs.patientsafety.summit.write.concern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class ConcernAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(QualityConcern.class);
    }
}
