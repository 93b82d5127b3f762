package uk.nhs.patientsafety.assurance.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.events.ActionEvents.*;
import uk.nhs.patientsafety.assurance.events.ActionKey;
import uk.nhs.patientsafety.assurance.fixtures.ContractSchemas;
import uk.nhs.patientsafety.assurance.integration.outbound.AssurancePublishedEvents;
import uk.nhs.patientsafety.contracts.ContractCatalogue;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.ContractJson;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The safety actions' published events, mapped from internal events: each catalogued one produced, valid against its
 * schema, keyed by the action, and free of the action's text.
 */
class AssurancePublishedEventsTest {

    static final ActionKey KEY = new ActionKey("action-1", "plan-1", "incident-1", "RKB", "SIF2015", "QWU");
    static final LocalDate DUE = LocalDate.of(2027, 2, 26);

    final AssurancePublishedEvents mapper = new AssurancePublishedEvents();

    private List<ContractEvent> map(Object internal) {
        return mapper.toContractEvents(new GenericEventMessage<>(
                new org.axonframework.messaging.GenericMessage<>(internal, Map.of()),
                () -> Instant.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void aThemeIsPublishedValidAgainstItsSchema() throws Exception {
        List<ContractEvent> published = map(new uk.nhs.patientsafety.assurance.events.ThemeEvents.ThemeIdentified(
                "theme-1", "RT5", "never_events", "2026-11", List.of("above_upper_limit", "trend_up")));

        assertThat(published).hasSize(1);
        ContractEvent theme = published.get(0);
        assertThat(theme.subject()).isEqualTo("theme-1");
        assertThat(ContractSchemas.violations(
                        theme.type(), ContractJson.mapper().writeValueAsString(theme)))
                .isEmpty();
    }

    @Test
    void everySafetyActionEventIsPublishedValidAndWithoutItsText() throws Exception {
        List<Object> internal = List.of(
                new SafetyActionProposed(
                        KEY, "Double-check insulin.", "RKB", "Ward manager", DUE, "Audit", Instant.now()),
                new SafetyActionAgreed(KEY, "RKB", DUE, "QWU"),
                new SafetyActionStarted(KEY),
                new SafetyActionEvidenceSubmitted(KEY, "Audit attached."),
                new SafetyActionEvidenceRejected(KEY, "One ward only.", "QWU"),
                new SafetyActionVerified(KEY, "QWU"),
                new SafetyActionEscalated(KEY, "cqrg", "Late.", "QWU"),
                new SafetyActionOverdue(KEY, "safety_action_due", DUE, Instant.now()));

        List<ContractEvent> published =
                internal.stream().flatMap(e -> map(e).stream()).toList();

        Set<String> expected = ContractCatalogue.entries().stream()
                .filter(e -> e.topic().equals(Topics.ASSURANCE_EVENTS))
                .map(ContractCatalogue.Entry::type)
                .filter(type -> type.startsWith("assurance.SafetyAction"))
                .collect(Collectors.toSet());
        assertThat(published.stream().map(ContractEvent::type).collect(Collectors.toSet()))
                .isEqualTo(expected);
        for (ContractEvent event : published) {
            String json = ContractJson.mapper().writeValueAsString(event);
            assertThat(ContractSchemas.violations(event.type(), json))
                    .as(event.type())
                    .isEmpty();
            assertThat(event.subject()).isEqualTo("action-1");
            assertThat(json).doesNotContain("insulin", "Ward manager", "Audit", "One ward", "Late.");
        }
    }
}
