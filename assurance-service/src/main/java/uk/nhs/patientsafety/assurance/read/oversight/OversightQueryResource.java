package uk.nhs.patientsafety.assurance.read.oversight;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.assurance.access.AwarenessAccess;
import uk.nhs.patientsafety.assurance.access.TrendAccess;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** {@code GET /assurance/oversight?providerOds=}: a provider's exceptions, as counts (aggregates only). */
@Path("/assurance/oversight")
@Produces(MediaType.APPLICATION_JSON)
public class OversightQueryResource {

    @Inject
    OversightReadModel readModel;

    @Inject
    TrendAccess access;

    @Inject
    AwarenessAccess awareness;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @GET
    @Operation(
            summary = "A provider's oversight summary",
            description = "Cases in review and overdue, safety actions open and overdue, awareness items"
                    + " unacknowledged and flagged (the caller's ICB's feed for ICB staff), Duty of Candour cases"
                    + " with an overdue step.")
    public OversightReadModel.Summary summary(@QueryParam("providerOds") String providerOds) {
        Caller caller = callers.get();
        FieldErrors errors = new FieldErrors();
        errors.required("providerOds", providerOds);
        errors.valid("providerOds", providerOds, OdsCode::isValid, "an ODS code");
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        access.authoriseAggregates(caller, providerOds);
        audit.record(
                caller,
                "oversight",
                List.of(new AccessAudit.Read("oversight:" + providerOds, providerOds, "aggregate")));
        return readModel.summary(providerOds, awareness.feedOf(caller).orElse(null));
    }
}
