package uk.nhs.patientsafety.assurance.read.awareness;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.assurance.access.AwarenessAccess;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/** {@code GET /assurance/awareness}: the caller's ICB's feed, unacknowledged first; every read audited. */
@Path("/assurance/awareness")
@Produces(MediaType.APPLICATION_JSON)
public class AwarenessQueryResource {

    public record Page(List<AwarenessReadModel.Item> items, int page, int size, long totalItems, long totalPages) {}

    @Inject
    AwarenessReadModel readModel;

    @Inject
    AwarenessAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @GET
    @Operation(
            summary = "The caller's ICB's awareness feed",
            description = "Never events, deaths and severe harm, serious incidents and PSIIs of the providers it"
                    + " commissions. Filters: providerOds, acknowledged (true|false), flagged (true|false: not"
                    + " acknowledged within one working day). page from 0, size 1-100 (default 20).")
    public Page list(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("acknowledged") String acknowledged,
            @QueryParam("flagged") String flagged,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = callers.get();
        FieldErrors errors = new FieldErrors();
        Optional<String> provider =
                Optional.ofNullable(errors.valid("providerOds", providerOds, OdsCode::isValid, "an ODS code"));
        Optional<Boolean> ack = errors.bool("acknowledged", acknowledged);
        Optional<Boolean> flag = errors.bool("flagged", flagged);
        int pageNumber = errors.wholeNumber("page", page, 0, 0, 100_000);
        int pageSize = errors.wholeNumber("size", size, 20, 1, 100);
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        String icb = access.feedOf(caller)
                .orElseThrow(() -> new ProblemException(
                        Problem.of(jakarta.ws.rs.core.Response.Status.FORBIDDEN, "The awareness feed is an ICB's.")));
        AwarenessReadModel.Selection selection = readModel.select(icb, provider, ack, flag, pageNumber, pageSize);
        audit.record(
                caller,
                "awareness",
                selection.items().stream()
                        .map(item -> new AccessAudit.Read(item.incidentId(), item.providerOds(), "codes"))
                        .toList());
        long total = selection.total();
        return new Page(selection.items(), pageNumber, pageSize, total, (total + pageSize - 1) / pageSize);
    }
}
