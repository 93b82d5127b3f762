package uk.nhs.patientsafety.incident.read.incidents;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An incident as a caller may see it. In the pseudonymised view (DOMAIN §9 "P") free text and patient identities
 * are left out ({@code null}); patients appear by pseudonymous reference and age band only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentDetails(
        String id,
        String view,
        String providerOds,
        String providerReference,
        int revision,
        String framework,
        String kind,
        String status,
        LocalDate occurredOn,
        Instant identifiedAt,
        Instant reportedAt,
        Instant updatedAt,
        String description,
        String immediateActions,
        boolean nearMiss,
        String neverEventType,
        String nationalRequirement,
        String outcomeType,
        Risk risk,
        String goodCare,
        String worstHarm,
        boolean seriousIncident,
        String steisLogNumber,
        String investigationLevel,
        String learningResponse,
        String externalBody,
        LocalDate targetDate,
        String responseDepth,
        String coordinatingOds,
        List<String> involvedOds,
        List<Patient> patients,
        List<Deadline> deadlines,
        boolean overdue) {

    public record Risk(String theme, String imminent) {}

    /** {@code identity} only in the full view; {@code erased} once the patient's key has been destroyed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Patient(
            String ref,
            String ageBand,
            String physicalHarm,
            String psychologicalHarm,
            Identity identity,
            Boolean erased) {}

    public record Identity(String nhsNumber, String name, LocalDate dateOfBirth) {}

    /** {@code state}: open, met, suspended or breached; {@code approaching} once its warning has fired. */
    public record Deadline(String type, LocalDate dueOn, Instant dueAt, String state, boolean approaching) {}

    /**
     * SI investigation levels and PSIRF learning responses are different vocabularies; dashboards compare them
     * through this (DOMAIN §8.4).
     */
    static String responseDepth(String level, String learningResponse) {
        if (level != null) {
            return switch (level) {
                case "L1" -> "local_review";
                case "L2" -> "in_depth";
                default -> "independent";
            };
        }
        if (learningResponse != null) {
            return switch (learningResponse) {
                case "none" -> "none";
                case "psii" -> "in_depth";
                case "referred_external" -> "independent";
                default -> "local_review";
            };
        }
        return null;
    }
}
