package uk.nhs.patientsafety.summit.integration.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import uk.nhs.patientsafety.contracts.assurance.ThemeIdentified;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.inbound.InboundRouter;
import uk.nhs.patientsafety.eventsourcing.inbound.Routes;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.summit.access.Relationships;
import uk.nhs.patientsafety.summit.reference.ConcernRules;
import uk.nhs.patientsafety.summit.write.concern.ConcernCommands.RaiseConcern;

/**
 * A theme assurance-service identified in a provider's trend ({@code assurance.ThemeIdentified}) raises a quality
 * concern for the provider's lead commissioner, by the versioned rule in {@link ConcernRules}; once per theme.
 */
@ApplicationScoped
public class AssuranceEventsListener {

    static final String CONSUMER = "summit-service.assurance";
    static final String TRUSTED_SOURCE = "/assurance-service";

    @Inject
    InboundRouter router;

    @Inject
    AuditedCommands commands;

    @Inject
    ConcernRules rules;

    @Inject
    Relationships relationships;

    @Inject
    Clock clock;

    private final Routes routes = Routes.of(CONSUMER)
            .from(TRUSTED_SOURCE)
            .on(ThemeIdentified.TYPE, ThemeIdentified.class, (event, theme) -> {
                if (!rules.inForceOn(England.dateOf(theme.occurredAt())).themeIdentified()) {
                    return;
                }
                String icb = relationships
                        .leadCommissionerOf(theme.providerOds())
                        .orElseThrow(() -> new IncidentEventsListener.Unraisable(
                                "provider " + theme.providerOds() + " has no lead commissioner"));
                commands.send(
                        new RaiseConcern(
                                UUID.nameUUIDFromBytes((ConcernRules.THEME_IDENTIFIED + ":" + theme.themeId())
                                                .getBytes(StandardCharsets.UTF_8))
                                        .toString(),
                                theme.providerOds(),
                                null,
                                "si_trend",
                                icb,
                                "Raised automatically by the " + ConcernRules.THEME_IDENTIFIED + " rule ("
                                        + theme.measure() + ", " + theme.month() + ").",
                                List.of(),
                                ConcernRules.THEME_IDENTIFIED,
                                clock.instant()),
                        IncidentEventsListener.ACTOR,
                        icb,
                        event.id());
            });

    @Incoming("assurance-events-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        return router.route(message, routes);
    }
}
