package uk.nhs.patientsafety.assurance.read.safetyactions;

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
import uk.nhs.patientsafety.assurance.access.ActionAccess;
import uk.nhs.patientsafety.assurance.access.CaseAccess;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;

/** Reading safety actions: one, or a filtered page, in the caller's view; cross-organisation reads audited. */
@Path("/assurance/safety-actions")
@Produces(MediaType.APPLICATION_JSON)
public class SafetyActionQueryResource {

    public record Page(List<SafetyActionDetails> items, int page, int size, long totalItems, long totalPages) {}

    @Inject
    SafetyActionReadModel readModel;

    @Inject
    ActionAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @GET
    @Path("/{id}")
    @Operation(summary = "One safety action, in the view the caller's relationship allows")
    public SafetyActionDetails get(@PathParam("id") String id) {
        Caller caller = callers.get();
        SafetyActionReadModel.Row row = readModel.find(id).orElseThrow(ActionAccess::noSuchAction);
        CaseAccess.View view = access.view(caller, row.providerOds()).orElseThrow(ActionAccess::noSuchAction);
        audit.record(caller, "read", List.of(new AccessAudit.Read(id, row.providerOds(), view.code())));
        return readModel.render(row, view);
    }

    @GET
    @Operation(
            summary = "Safety actions the caller may see, soonest due first, paged",
            description = "Filters: providerOds, incidentId, planId, status, overdue (true|false). page from 0, size"
                    + " 1-100 (default 20).")
    public Page list(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("incidentId") String incidentId,
            @QueryParam("planId") String planId,
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = callers.get();
        SafetyActionFilter filter =
                SafetyActionFilter.parse(providerOds, incidentId, planId, status, overdue, page, size);
        SafetyActionReadModel.Selection selection = readModel.select(filter, access.scope(caller));
        List<SafetyActionDetails> items = new ArrayList<>();
        List<AccessAudit.Read> reads = new ArrayList<>();
        for (SafetyActionReadModel.Row row : selection.rows()) {
            access.view(caller, row.providerOds()).ifPresent(view -> {
                items.add(readModel.render(row, view));
                reads.add(new AccessAudit.Read(row.actionId(), row.providerOds(), view.code()));
            });
        }
        audit.record(caller, "list", reads);
        long total = selection.total();
        return new Page(items, filter.page(), filter.size(), total, (total + filter.size() - 1) / filter.size());
    }
}
