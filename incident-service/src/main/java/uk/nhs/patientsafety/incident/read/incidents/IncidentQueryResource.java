package uk.nhs.patientsafety.incident.read.incidents;

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
import uk.nhs.patientsafety.incident.access.IncidentAccess;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;

/**
 * Reading incidents: one, a filtered page, and one's history. Each caller sees only what their relationship to the
 * provider allows, in the view it allows, and every read of another organisation's incident is audited.
 */
@Path("/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentQueryResource {

    /** One page of incidents. */
    public record Page(List<IncidentDetails> items, int page, int size, long totalItems, long totalPages) {}

    @Inject
    IncidentReadModel readModel;

    @Inject
    IncidentAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @Inject
    IncidentHistory history;

    @Inject
    java.time.Clock clock;

    @GET
    @Path("/{id}")
    @Operation(summary = "One incident, in the view the caller's relationship allows")
    public IncidentDetails get(@PathParam("id") String id) {
        Caller caller = callers.get();
        IncidentReadModel.Row row = readModel.find(id).orElseThrow(IncidentAccess::noSuchIncident);
        IncidentAccess.View view = access.view(caller, row.subject()).orElseThrow(IncidentAccess::noSuchIncident);
        audit.record(
                caller,
                access.purpose(caller, row.subject(), "read"),
                List.of(new AccessAudit.Read(id, row.subject().providerOds(), view.code())));
        return readModel.render(row, view);
    }

    @GET
    @Operation(
            summary = "Incidents the caller may see, filtered, sorted and paged",
            description = "Filters: providerOds, status, framework, kind, overdue (true|false), occurredFrom/occurredTo"
                    + " (dates), reportedFrom/reportedTo (instants). sort: reportedAt (default, newest first with"
                    + " -reportedAt), occurredOn, updatedAt, status, nextDueAt; prefix - for descending. page from 0,"
                    + " size 1-100 (default 20).")
    public Page list(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("status") String status,
            @QueryParam("framework") String framework,
            @QueryParam("kind") String kind,
            @QueryParam("overdue") String overdue,
            @QueryParam("occurredFrom") String occurredFrom,
            @QueryParam("occurredTo") String occurredTo,
            @QueryParam("reportedFrom") String reportedFrom,
            @QueryParam("reportedTo") String reportedTo,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = callers.get();
        IncidentFilter filter = IncidentFilter.parse(new IncidentFilter.Parameters(
                providerOds,
                status,
                framework,
                kind,
                overdue,
                occurredFrom,
                occurredTo,
                reportedFrom,
                reportedTo,
                sort,
                page,
                size));
        IncidentReadModel.Selection selection = readModel.select(filter, access.scope(caller));
        List<IncidentDetails> items = new ArrayList<>();
        List<AccessAudit.Read> reads = new ArrayList<>();
        for (IncidentReadModel.Row row : selection.rows()) {
            // The scope admits by provider; the view decides what of each row is shown.
            access.view(caller, row.subject()).ifPresent(view -> {
                items.add(readModel.render(row, view));
                reads.add(new AccessAudit.Read(row.incidentId(), row.subject().providerOds(), view.code()));
            });
        }
        audit.record(caller, "list", reads);
        long total = selection.total();
        return new Page(items, filter.page(), filter.size(), total, (total + filter.size() - 1) / filter.size());
    }

    @GET
    @Path("/aggregates")
    @Operation(
            summary = "Counts of incidents by provider, month of occurrence, kind, worst harm and status",
            description = "For those who see aggregates (DOMAIN §9 \"A\"): regions, national teams and CQC, and"
                    + " every other organisation over the incidents it may see. from and to are months (YYYY-MM,"
                    + " inclusive; default the last 12 months, at most 60); providerOds narrows to one provider. No"
                    + " record is read, so nothing is audited.")
    public IncidentAggregates aggregates(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Caller caller = callers.get();
        IncidentAggregates.Range range = IncidentAggregates.Range.parse(providerOds, from, to, clock);
        return readModel.aggregate(range, access.aggregateScope(caller));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The incident's audit trail from its event stream: who did what, when")
    public List<IncidentHistory.Entry> history(@PathParam("id") String id) {
        Caller caller = callers.get();
        IncidentReadModel.Row row = readModel.find(id).orElseThrow(IncidentAccess::noSuchIncident);
        IncidentAccess.View view = access.view(caller, row.subject()).orElseThrow(IncidentAccess::noSuchIncident);
        audit.record(
                caller,
                access.purpose(caller, row.subject(), "history"),
                List.of(new AccessAudit.Read(id, row.subject().providerOds(), view.code())));
        return history.of(id, view);
    }
}
