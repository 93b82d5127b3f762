package uk.nhs.patientsafety.goodfixture.integration.outbound;

import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.goodfixture.events.WidgetEvent;

/** Fixture: internal to published events: the only place that touches contracts, with inbound. */
public class WidgetOutboundMapper {

    public String topicFor(WidgetEvent event, ContractEvent published) {
        return Topics.deadLetter(published.topic());
    }
}
