package uk.nhs.patientsafety.assurance.read.cases;

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
import uk.nhs.patientsafety.assurance.access.CaseAccess;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;

/**
 * Reading assurance cases: one, a filtered page, and one's history, each in the view the caller's relationship to
 * the provider allows; every read by another organisation than the provider is audited.
 */
@Path("/assurance/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseQueryResource {

    public record Page(List<CaseDetails> items, int page, int size, long totalItems, long totalPages) {}

    @Inject
    CaseReadModel readModel;

    @Inject
    CaseAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @Inject
    CaseHistory history;

    @GET
    @Path("/{id}")
    @Operation(summary = "One assurance case, in the view the caller's relationship allows")
    public CaseDetails get(@PathParam("id") String id) {
        Caller caller = callers.get();
        CaseReadModel.Row row = readModel.find(id).orElseThrow(CaseAccess::noSuchCase);
        CaseAccess.View view = access.view(caller, row.subject()).orElseThrow(CaseAccess::noSuchCase);
        audit.record(
                caller, "read", List.of(new AccessAudit.Read(id, row.subject().providerOds(), view.code())));
        return readModel.render(row, view);
    }

    @GET
    @Operation(
            summary = "Assurance cases the caller may see, newest report first, paged",
            description = "Filters: providerOds, incidentId, status, overdue (true|false: the review deadline has"
                    + " passed with no decision). page from 0, size 1-100 (default 20).")
    public Page list(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("incidentId") String incidentId,
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = callers.get();
        CaseFilter filter =
                CaseFilter.parse(new CaseFilter.Parameters(providerOds, incidentId, status, overdue, page, size));
        CaseReadModel.Selection selection = readModel.select(filter, access.scope(caller));
        List<CaseDetails> items = new ArrayList<>();
        List<AccessAudit.Read> reads = new ArrayList<>();
        for (CaseReadModel.Row row : selection.rows()) {
            access.view(caller, row.subject()).ifPresent(view -> {
                items.add(readModel.render(row, view));
                reads.add(new AccessAudit.Read(row.caseId(), row.subject().providerOds(), view.code()));
            });
        }
        audit.record(caller, "list", reads);
        long total = selection.total();
        return new Page(items, filter.page(), filter.size(), total, (total + filter.size() - 1) / filter.size());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The case's audit trail from its event stream: who did what, when")
    public List<CaseHistory.Entry> history(@PathParam("id") String id) {
        Caller caller = callers.get();
        CaseReadModel.Row row = readModel.find(id).orElseThrow(CaseAccess::noSuchCase);
        CaseAccess.View view = access.view(caller, row.subject()).orElseThrow(CaseAccess::noSuchCase);
        audit.record(
                caller,
                "history",
                List.of(new AccessAudit.Read(id, row.subject().providerOds(), view.code())));
        return history.of(id, view);
    }
}
