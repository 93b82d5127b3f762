package uk.nhs.patientsafety.incident.read.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.access.IncidentAccess.View;
import uk.nhs.patientsafety.incident.events.IncidentEvents;
import uk.nhs.patientsafety.incident.events.IncidentEvents.IncidentContent;
import uk.nhs.patientsafety.incident.events.IncidentEvents.IncidentReported;
import uk.nhs.patientsafety.incident.events.IncidentEvents.PatientRecord;
import uk.nhs.patientsafety.incident.events.IncidentEvents.RiskAssessment;
import uk.nhs.patientsafety.incident.events.IncidentEvents.SeriousIncidentDeclared;
import uk.nhs.patientsafety.incident.events.IncidentKey;

/** History entries are built by allow-list: every event field is classified, and free text stays in the full view. */
class IncidentHistoryTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    static final IncidentKey KEY = new IncidentKey("i-1", "RT5", "SIF2015");

    @Test
    void every_field_of_every_event_is_on_exactly_one_list() {
        Set<String> unclassified = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (Class<?> type : eventTypesAndWhatTheyHold()) {
            for (RecordComponent component : type.getRecordComponents()) {
                String name = component.getName();
                int lists = (IncidentHistory.SHOWN.contains(name) ? 1 : 0)
                        + (IncidentHistory.FULL_VIEW_ONLY.contains(name) ? 1 : 0)
                        + (IncidentHistory.NEVER.contains(name) ? 1 : 0);
                if (lists == 0) {
                    unclassified.add(type.getSimpleName() + "." + name);
                } else if (lists > 1) {
                    twice.add(name);
                }
            }
        }
        assertThat(unclassified)
                .as("fields no list names: shown to nobody until classified")
                .isEmpty();
        assertThat(twice).isEmpty();
    }

    @Test
    void the_pseudonymised_view_shows_codes_and_dates_but_no_free_text_and_never_an_identity() {
        JsonNode details = IncidentHistory.allowed(JSON.valueToTree(reported()), View.PSEUDONYMISED);

        assertThat(names(details))
                .containsExactlyInAnyOrder("kind", "providerReference", "revision", "reportedAt", "content");
        assertThat(names(details.get("content")))
                .containsExactlyInAnyOrder(
                        "occurredOn",
                        "identifiedAt",
                        "nearMiss",
                        "neverEventType",
                        "nationalRequirement",
                        "outcomeType",
                        "riskTheme",
                        "riskImminent",
                        "patients");
        assertThat(names(details.get("content").get("patients").get(0)))
                .containsExactlyInAnyOrder("ref", "ageBand", "physicalHarm", "psychologicalHarm");
        assertThat(details.toString()).doesNotContain("Second dose", "sealed-secret", "RT5");
    }

    @Test
    void the_full_view_adds_the_free_text_but_still_never_an_identity_or_a_timer_id() {
        JsonNode details = IncidentHistory.allowed(JSON.valueToTree(reported()), View.FULL);

        assertThat(details.get("content").get("description").asText()).isEqualTo("Second dose of enoxaparin given.");
        assertThat(details.toString()).doesNotContain("sealed-secret");
        JsonNode declared = IncidentHistory.allowed(
                JSON.valueToTree(new SeriousIncidentDeclared(
                        KEY,
                        Instant.parse("2025-04-17T08:00:00Z"),
                        new RiskAssessment("likely", "severe"),
                        Instant.parse("2025-04-17T10:00:00Z"),
                        "serious_harm")),
                View.FULL);
        assertThat(names(declared))
                .containsExactlyInAnyOrder("identifiedAt", "riskAssessment", "declaredAt", "category");
        JsonNode set = IncidentHistory.allowed(
                JSON.valueToTree(new IncidentEvents.DeadlineSet(
                        KEY,
                        "steis_2wd",
                        LocalDate.parse("2025-04-23"),
                        Instant.parse("2025-04-23T23:00:00Z"),
                        "a",
                        "b")),
                View.FULL);
        assertThat(names(set)).containsExactlyInAnyOrder("deadlineType", "dueOn", "dueAt");
    }

    private static IncidentReported reported() {
        return new IncidentReported(
                KEY,
                "incident",
                "LRMS-1",
                1,
                new IncidentContent(
                        LocalDate.parse("2025-04-16"),
                        Instant.parse("2025-04-17T08:00:00Z"),
                        "Second dose of enoxaparin given.",
                        "Patient reviewed.",
                        false,
                        null,
                        List.of(new PatientRecord("pt-1", "sealed-secret", "65-74", "3", "4")),
                        null,
                        null,
                        null,
                        "Good escalation.",
                        null),
                Instant.parse("2025-04-17T09:00:00Z"));
    }

    private static List<Class<?>> eventTypesAndWhatTheyHold() {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> nested : IncidentEvents.class.getDeclaredClasses()) {
            if (nested.isRecord()) {
                types.add(nested);
            }
        }
        return types;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
