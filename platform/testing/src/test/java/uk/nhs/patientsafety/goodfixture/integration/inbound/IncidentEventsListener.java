package uk.nhs.patientsafety.goodfixture.integration.inbound;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.goodfixture.write.widget.WidgetCommands;

/** Fixture: published events in, a command out. */
public class IncidentEventsListener {

    public WidgetCommands.MakeWidget on(ContractEvent incoming) {
        return new WidgetCommands.MakeWidget(incoming.subject(), Instant.now());
    }
}
