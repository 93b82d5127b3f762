package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import java.util.List;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/** A special cause appeared in a provider's monthly trend (NHS Making Data Count XmR rules): the month's signals, codes only. Keyed by {@code themeId}. Schema: {@code schemas/assurance/ThemeIdentified.v1.json}. */
public record ThemeIdentified(
        String themeId, String providerOds, String measure, String month, List<String> signals, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "assurance.ThemeIdentified.v1";

    @Override
    public String topic() {
        return Topics.ASSURANCE_EVENTS;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return themeId;
    }
}
