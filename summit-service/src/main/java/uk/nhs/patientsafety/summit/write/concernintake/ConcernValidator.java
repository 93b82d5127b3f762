package uk.nhs.patientsafety.summit.write.concernintake;

import java.time.Instant;
import java.util.List;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.summit.reference.Vocabularies;
import uk.nhs.patientsafety.summit.write.concern.ConcernCommands.RaiseConcern;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** Where a raise request becomes its command, every field checked and every invalid one named at once (400). */
final class ConcernValidator {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_LINKED = 50;

    /** People raise concerns from every source but the never-event rule's own. */
    static final List<String> SOURCES = Vocabularies.CONCERN_SOURCES.stream()
            .filter(s -> !s.equals("never_event"))
            .toList();

    private ConcernValidator() {}

    static RaiseConcern command(String concernId, RaiseConcernRequest request, String by, Instant at) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("providerOds", "is required");
            errors.throwIfAny(problem());
        }
        errors.required("providerOds", request.providerOds());
        errors.valid("providerOds", request.providerOds(), OdsCode::isValid, "an ODS code such as RT5");
        if (request.service() != null) {
            errors.notBlank("service", request.service());
            errors.add("service", FreeText.problem(request.service(), 100));
        }
        errors.required("source", request.source());
        errors.oneOf("source", request.source(), SOURCES);
        errors.required("description", request.description());
        if (request.description() != null && !request.description().isBlank()) {
            errors.add("description", FreeText.problem(request.description(), MAX_DESCRIPTION));
        }
        List<String> linked = request.linkedIncidents() == null ? List.of() : request.linkedIncidents();
        if (linked.size() > MAX_LINKED) {
            errors.add("linkedIncidents", "must list at most " + MAX_LINKED + " incidents");
        }
        for (int i = 0; i < linked.size() && i < MAX_LINKED; i++) {
            errors.valid(
                    "linkedIncidents[" + i + "]",
                    linked.get(i),
                    IncidentIds::isValid,
                    "an incident id: 1-64 letters, digits or -");
            if (linked.get(i) == null) {
                errors.add("linkedIncidents[" + i + "]", "must be an incident id: 1-64 letters, digits or -");
            }
        }
        errors.throwIfAny(problem());
        return new RaiseConcern(
                concernId,
                request.providerOds(),
                request.service(),
                request.source(),
                by,
                request.description(),
                linked.stream().distinct().toList(),
                null,
                at);
    }

    static Problem problem() {
        return Problem.typed(
                "invalid-concern", 400, "Invalid concern", "The concern has invalid fields; nothing was stored.");
    }

    /** An incident id as incident-service issues them. */
    static final class IncidentIds {
        private IncidentIds() {}

        static boolean isValid(String id) {
            return id != null && id.matches("[A-Za-z0-9-]{1,64}");
        }
    }
}
