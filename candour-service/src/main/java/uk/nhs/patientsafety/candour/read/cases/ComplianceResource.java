package uk.nhs.patientsafety.candour.read.cases;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.candour.access.CandourAccess;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/**
 * {@code GET /candour/compliance?providerOds=&from=&to=}: per provider, over the incidents reported from {@code from}
 * to {@code to} (dates in England, inclusive; default the last 90 days): notifiable incidents, notified in person
 * within target, written within target, declined or not contactable, overdue now, awaiting assessment. Counts only;
 * each provider's aggregate read by another organisation is audited.
 */
@Path("/candour/compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    /** The answer: the window and one row per provider in the caller's scope. */
    public record Compliance(LocalDate from, LocalDate to, List<CaseReadModel.ProviderCompliance> providers) {}

    @Inject
    CaseReadModel readModel;

    @Inject
    CandourAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Duty of Candour compliance per provider: counts only")
    public Compliance get(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Caller caller = callers.get();
        FieldErrors errors = new FieldErrors();
        errors.valid("providerOds", providerOds, OdsCode::isValid, "an ODS code such as RT5");
        LocalDate today = England.dateOf(clock.instant());
        LocalDate start = errors.date("from", from).orElse(today.minusDays(90));
        LocalDate end = errors.date("to", to).orElse(today);
        if (!errors.has("from") && !errors.has("to") && start.isAfter(end)) {
            errors.add("from", "must not be after to");
        }
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        Set<String> scope = access.complianceScope(caller, readModel.providers());
        if (providerOds != null) {
            scope = scope.contains(providerOds) ? Set.of(providerOds) : Set.of();
        }
        List<CaseReadModel.ProviderCompliance> rows = readModel.compliance(scope, start, end);
        audit.record(
                caller,
                "candour-compliance",
                rows.stream()
                        .map(r -> new AccessAudit.Read("compliance:" + r.providerOds(), r.providerOds(), "aggregate"))
                        .toList());
        return new Compliance(start, end, rows);
    }
}
