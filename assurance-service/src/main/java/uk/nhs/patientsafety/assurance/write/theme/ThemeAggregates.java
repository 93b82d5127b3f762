package uk.nhs.patientsafety.assurance.write.theme;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.patientsafety.eventsourcing.AggregateTypes;

@ApplicationScoped
public class ThemeAggregates implements AggregateTypes {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Theme.class);
    }
}
