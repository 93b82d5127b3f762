package uk.nhs.patientsafety.candour.read.cases;

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
import uk.nhs.patientsafety.candour.access.CandourAccess;
import uk.nhs.patientsafety.candour.read.cases.CaseViews.CaseView;
import uk.nhs.patientsafety.candour.read.cases.CaseViews.Page;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;

/**
 * Reading candour cases: one, a filtered page, and one's history, each in the view the caller's relationship to the
 * provider allows; every read by another organisation (a commissioner) is audited.
 */
@Path("/candour/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseQueryResource {

    @Inject
    CaseReadModel readModel;

    @Inject
    CandourAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @Inject
    CaseHistory history;

    @GET
    @Path("/{id}")
    @Operation(summary = "One candour case, in the view the caller's relationship allows (full or status)")
    public CaseView get(@PathParam("id") String id) {
        Caller caller = callers.get();
        CaseReadModel.Row row = readModel.find(id).orElseThrow(CandourAccess::noSuchCase);
        CandourAccess.View view = access.view(caller, row.providerOds(), id).orElseThrow(CandourAccess::noSuchCase);
        audit.record(caller, "candour-read", List.of(new AccessAudit.Read(id, row.providerOds(), view.code())));
        return readModel.render(row, view);
    }

    @GET
    @Operation(
            summary = "Candour cases the caller may see, newest first, paged",
            description = "Filters: providerOds, incidentId, status, overdue (true|false). page from 0, size 1-100"
                    + " (default 20).")
    public Page list(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("incidentId") String incidentId,
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = callers.get();
        CaseFilter filter = CaseFilter.parse(providerOds, incidentId, status, overdue, page, size);
        CaseReadModel.Selection selection = readModel.select(filter, access.scope(caller));
        List<CaseView> items = new ArrayList<>();
        List<AccessAudit.Read> reads = new ArrayList<>();
        for (CaseReadModel.Row row : selection.rows()) {
            access.view(caller, row.providerOds()).ifPresent(view -> {
                items.add(readModel.render(row, view));
                reads.add(new AccessAudit.Read(row.caseId(), row.providerOds(), view.code()));
            });
        }
        audit.record(caller, "candour-list", reads);
        long total = selection.total();
        return new Page(items, filter.page(), filter.size(), total, (total + filter.size() - 1) / filter.size());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The case's audit trail from its event stream, in the view the caller may see")
    public List<CaseHistory.Entry> history(@PathParam("id") String id) {
        Caller caller = callers.get();
        CaseReadModel.Row row = readModel.find(id).orElseThrow(CandourAccess::noSuchCase);
        CandourAccess.View view = access.view(caller, row.providerOds(), id).orElseThrow(CandourAccess::noSuchCase);
        audit.record(caller, "candour-history", List.of(new AccessAudit.Read(id, row.providerOds(), view.code())));
        return history.of(id, view);
    }
}
