package uk.nhs.patientsafety.assurance.write.assurancecase;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class AssuranceAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(AssuranceCase.class);
    }
}
