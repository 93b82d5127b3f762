package uk.nhs.patientsafety.summit.write.summit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class SummitAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(RiskSummit.class);
    }
}
