package uk.nhs.patientsafety.summit.read.summits;

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
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.summit.access.SummitAccess;
import uk.nhs.patientsafety.summit.events.SummitStatus;
import uk.nhs.patientsafety.summit.reference.Vocabularies;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/**
 * Reading summits: one (with its outcome and agreed actions), a filtered page, its agreed actions, its history. Every
 * participant sees the outcome, the provider included; every read by an organisation other than the convenor is
 * audited.
 */
@Path("/summits")
@Produces(MediaType.APPLICATION_JSON)
public class SummitQueryResource {

    public record Page(List<SummitDetails> items, int page, int size, long totalItems, long totalPages) {}

    @Inject
    SummitReadModel readModel;

    @Inject
    SummitAccess access;

    @Inject
    SummitHistory history;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @GET
    @Path("/{id}")
    @Operation(summary = "One summit, its latest outcome and its agreed actions")
    public SummitDetails get(@PathParam("id") String id) {
        return visible(id, "read");
    }

    @GET
    @Path("/{id}/actions-log")
    @Operation(summary = "The summit's agreed actions: owner, due date, state, overdue")
    public List<SummitDetails.ActionItem> actions(@PathParam("id") String id) {
        return visible(id, "actions").actions();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The summit's audit trail: what happened, when, by which organisation")
    public List<SummitHistory.Entry> history(@PathParam("id") String id) {
        visible(id, "history");
        return history.of(id);
    }

    private SummitDetails visible(String id, String purpose) {
        Caller caller = callers.get();
        SummitDetails summit = readModel.find(id).orElseThrow(SummitAccess::noSuchSummit);
        if (!access.maySee(caller, SummitReadModel.subject(summit))) {
            throw SummitAccess.noSuchSummit();
        }
        audit.record(caller, purpose, List.of(new AccessAudit.Read(id, summit.convenorOds(), "full")));
        return summit;
    }

    @GET
    @Operation(
            summary = "Summits the caller may see, newest first",
            description = "Filters: providerOds, status, format. page from 0, size 1-100 (default 20).")
    public Page list(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("status") String status,
            @QueryParam("format") String format,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = callers.get();
        FieldErrors errors = new FieldErrors();
        errors.valid("providerOds", providerOds, OdsCode::isValid, "an ODS code such as RT5");
        errors.valid("status", status, s -> SummitStatus.fromCode(s).isPresent(), "a summit status");
        errors.oneOf("format", format, Vocabularies.SUMMIT_FORMATS);
        int pageNumber = errors.wholeNumber("page", page, 0, 0, 10_000);
        int pageSize = errors.wholeNumber("size", size, 20, 1, 100);
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        SummitReadModel.Selection selection = readModel.select(
                new SummitReadModel.Filter(providerOds, status, format, pageNumber, pageSize), access.scope(caller));
        List<SummitDetails> items = new ArrayList<>();
        List<AccessAudit.Read> reads = new ArrayList<>();
        for (SummitDetails summit : selection.rows()) {
            if (access.maySee(caller, SummitReadModel.subject(summit))) {
                items.add(summit);
                reads.add(new AccessAudit.Read(summit.id(), summit.convenorOds(), "full"));
            }
        }
        audit.record(caller, "list", reads);
        long total = selection.total();
        return new Page(items, pageNumber, pageSize, total, (total + pageSize - 1) / pageSize);
    }
}
