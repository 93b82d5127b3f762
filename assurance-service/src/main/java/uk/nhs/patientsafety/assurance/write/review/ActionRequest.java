package uk.nhs.patientsafety.assurance.write.review;

import java.util.List;

/**
 * The body of {@code POST /assurance/cases/{id}/actions/{action}}: each action reads the fields it needs (see the
 * service README's table) and the request is refused naming every missing or invalid one.
 */
public record ActionRequest(
        String method,
        List<PanelMember> panel,
        List<ChecklistAnswer> checklist,
        String comments,
        String request,
        Boolean monitoringAgreed,
        String monitoringArrangement,
        List<String> reasonCodes,
        String forum,
        String reason) {

    public static final ActionRequest EMPTY =
            new ActionRequest(null, null, null, null, null, null, null, null, null, null);

    public record PanelMember(String name, String role) {}

    public record ChecklistAnswer(String item, String answer, String comment) {}
}
