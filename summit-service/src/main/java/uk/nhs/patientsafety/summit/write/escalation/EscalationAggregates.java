package uk.nhs.patientsafety.summit.write.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class EscalationAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Escalation.class);
    }
}
