package uk.nhs.patientsafety.incident.write.incident;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class IncidentAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Incident.class);
    }
}
