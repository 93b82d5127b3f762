package uk.nhs.patientsafety.candour.write.candourcase;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class CandourAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(CandourCase.class);
    }
}
