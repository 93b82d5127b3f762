package uk.nhs.patientsafety.assurance.write.theme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.patientsafety.assurance.events.ThemeEvents.ThemeIdentified;

/**
 * A theme: a provider's month whose count of one measure is a special cause. Identified once, however many of the
 * month's incidents arrive after the signal first appears.
 */
public class Theme {

    public static String themeIdFor(String providerOds, String measure, String month) {
        return UUID.nameUUIDFromBytes(
                        ("theme:" + providerOds + ":" + measure + ":" + month).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public record IdentifyTheme(
            @TargetAggregateIdentifier String themeId,
            String providerOds,
            String measure,
            String month,
            List<String> signals,
            Instant at) {}

    @AggregateIdentifier
    private String themeId;

    protected Theme() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IdentifyTheme command) {
        if (themeId == null) {
            apply(new ThemeIdentified(
                    command.themeId(),
                    command.providerOds(),
                    command.measure(),
                    command.month(),
                    List.copyOf(command.signals())));
        }
    }

    @EventSourcingHandler
    void on(ThemeIdentified event) {
        themeId = event.themeId();
    }
}
