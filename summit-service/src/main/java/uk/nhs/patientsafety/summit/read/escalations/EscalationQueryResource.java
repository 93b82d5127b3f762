package uk.nhs.patientsafety.summit.read.escalations;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.summit.access.EscalationAccess;
import uk.nhs.patientsafety.summit.events.EscalationStatus;
import uk.nhs.patientsafety.summit.reference.Direction;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/**
 * Reading escalations: one, or a filtered page. The raiser and its recipients see it, the region all in its region,
 * national those that reached national; every read by an organisation other than the raiser is audited.
 */
@Path("/escalations")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationQueryResource {

    public record Page(List<EscalationDetails> items, int page, int size, long totalItems, long totalPages) {}

    @Inject
    EscalationReadModel readModel;

    @Inject
    EscalationAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @GET
    @Path("/{id}")
    @Operation(summary = "One escalation")
    public EscalationDetails get(@PathParam("id") String id) {
        Caller caller = callers.get();
        EscalationDetails escalation = readModel.find(id).orElseThrow(EscalationAccess::noSuchEscalation);
        if (!access.maySee(caller, EscalationReadModel.subject(escalation))) {
            throw EscalationAccess.noSuchEscalation();
        }
        audit.record(caller, "read", List.of(new AccessAudit.Read(id, escalation.raisedByOds(), "full")));
        return escalation;
    }

    @GET
    @Operation(
            summary = "Escalations the caller may see, newest first",
            description = "Filters: direction, status, overdue (true|false), region. page from 0, size 1-100.")
    public Page list(
            @QueryParam("direction") String direction,
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("region") String region,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = callers.get();
        FieldErrors errors = new FieldErrors();
        errors.valid("direction", direction, d -> Direction.fromCode(d).isPresent(), "an escalation direction");
        errors.valid("status", status, s -> EscalationStatus.fromCode(s).isPresent(), "an escalation status");
        Boolean overdueOnly = errors.bool("overdue", overdue).orElse(null);
        errors.valid("region", region, r -> r.matches("Y[0-9]{2}"), "an NHS England region code such as Y60");
        int pageNumber = errors.wholeNumber("page", page, 0, 0, 10_000);
        int pageSize = errors.wholeNumber("size", size, 20, 1, 100);
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        EscalationReadModel.Selection selection = readModel.select(
                new EscalationReadModel.Filter(direction, status, overdueOnly, region, pageNumber, pageSize),
                access.scope(caller));
        List<EscalationDetails> items = new ArrayList<>();
        List<AccessAudit.Read> reads = new ArrayList<>();
        for (EscalationDetails escalation : selection.rows()) {
            if (access.maySee(caller, EscalationReadModel.subject(escalation))) {
                items.add(escalation);
                reads.add(new AccessAudit.Read(escalation.id(), escalation.raisedByOds(), "full"));
            }
        }
        audit.record(caller, "list", reads);
        long total = selection.total();
        return new Page(items, pageNumber, pageSize, total, (total + pageSize - 1) / pageSize);
    }
}
