package uk.nhs.patientsafety.summit.read.concerns;

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
import uk.nhs.patientsafety.summit.access.ConcernAccess;
import uk.nhs.patientsafety.summit.events.ConcernStatus;
import uk.nhs.patientsafety.summit.reference.Vocabularies;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/**
 * Reading quality concerns: one, or a filtered page. The raising organisation and the provider's commissioners see
 * them; nobody else learns they exist. Every read of a concern another organisation raised is audited.
 */
@Path("/concerns")
@Produces(MediaType.APPLICATION_JSON)
public class ConcernQueryResource {

    public record Page(List<ConcernDetails> items, int page, int size, long totalItems, long totalPages) {}

    @Inject
    ConcernReadModel readModel;

    @Inject
    ConcernAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @GET
    @Path("/{id}")
    @Operation(summary = "One quality concern")
    public ConcernDetails get(@PathParam("id") String id) {
        Caller caller = callers.get();
        ConcernDetails concern = readModel.find(id).orElseThrow(ConcernAccess::noSuchConcern);
        if (!access.maySee(caller, subject(concern))) {
            throw ConcernAccess.noSuchConcern();
        }
        audit.record(caller, "read", List.of(new AccessAudit.Read(id, concern.raisedByOds(), "full")));
        return concern;
    }

    @GET
    @Operation(
            summary = "Quality concerns the caller may see, newest first",
            description = "Filters: providerOds, source, status. page from 0, size 1-100 (default 20).")
    public Page list(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("source") String source,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller caller = callers.get();
        FieldErrors errors = new FieldErrors();
        errors.valid("providerOds", providerOds, OdsCode::isValid, "an ODS code such as RT5");
        errors.oneOf("source", source, Vocabularies.CONCERN_SOURCES);
        errors.valid("status", status, s -> ConcernStatus.fromCode(s).isPresent(), "a concern status");
        int pageNumber = errors.wholeNumber("page", page, 0, 0, 10_000);
        int pageSize = errors.wholeNumber("size", size, 20, 1, 100);
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        ConcernReadModel.Selection selection = readModel.select(
                new ConcernReadModel.Filter(providerOds, source, status, pageNumber, pageSize), access.scope(caller));
        List<ConcernDetails> items = new ArrayList<>();
        List<AccessAudit.Read> reads = new ArrayList<>();
        for (ConcernDetails concern : selection.rows()) {
            if (access.maySee(caller, subject(concern))) {
                items.add(concern);
                reads.add(new AccessAudit.Read(concern.id(), concern.raisedByOds(), "full"));
            }
        }
        audit.record(caller, "list", reads);
        long total = selection.total();
        return new Page(items, pageNumber, pageSize, total, (total + pageSize - 1) / pageSize);
    }

    private static ConcernAccess.Subject subject(ConcernDetails concern) {
        return new ConcernAccess.Subject(concern.id(), concern.providerOds(), concern.raisedByOds());
    }
}
