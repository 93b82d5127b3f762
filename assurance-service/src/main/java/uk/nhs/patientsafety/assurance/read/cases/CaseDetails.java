package uk.nhs.patientsafety.assurance.read.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One assurance case as a caller may see it. Built field by field from the row: the pseudonymised view leaves out
 * every free-text field and every name ({@code null}, omitted from JSON), keeping codes, dates and statuses.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDetails(
        String id,
        String view,
        String incidentId,
        String providerOds,
        String commissionerOds,
        String framework,
        String status,
        int submission,
        Instant receivedAt,
        Instant openedAt,
        Instant updatedAt,
        ReviewClock reviewClock,
        Review review,
        String furtherInformation,
        Closure closure,
        Refusal refusal,
        Escalation escalation,
        List<String> openActions) {

    /** The review deadline; {@code overdue} when it has passed with no decision. */
    public record ReviewClock(
            LocalDate dueOn, Instant dueAt, String duration, String state, boolean approaching, boolean overdue) {}

    public record Review(
            int submission, String method, List<PanelMember> panel, List<ChecklistAnswer> checklist, String comments) {}

    public record PanelMember(String name, String role) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChecklistAnswer(String item, String answer, String comment) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Closure(Instant closedAt, boolean monitoringAgreed, String monitoringArrangement, String comments) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refusal(List<String> reasonCodes, String comments) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Escalation(String forum, String reason) {}
}
