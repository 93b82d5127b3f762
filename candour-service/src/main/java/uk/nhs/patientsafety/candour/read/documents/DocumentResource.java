package uk.nhs.patientsafety.candour.read.documents;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.candour.access.CandourAccess;
import uk.nhs.patientsafety.candour.access.CaseOwners;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * {@code GET /candour/cases/{id}/documents/{docId}}: a draft of the written notification as HTML ({@code text/html},
 * the default) or PDF ({@code Accept: application/pdf}), or a kept copy (PDF only). The provider's own team, and CQC
 * through break-glass: letters are never shown to commissioners (404, as if there were none). 410 once the relevant person was erased.
 */
@Path("/candour/cases/{id}/documents/{docId}")
public class DocumentResource {

    @Inject
    DocumentReadModel documents;

    @Inject
    CaseOwners owners;

    @Inject
    CandourAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @GET
    @Operation(summary = "A written notification (HTML or PDF) or a kept copy (PDF), for the provider's team")
    public Response get(
            @PathParam("id") String caseId,
            @PathParam("docId") String documentId,
            @HeaderParam("Accept") String accept) {
        Caller caller = callers.get();
        String provider = owners.providerOf(caseId).orElseThrow(CandourAccess::noSuchCase);
        if (access.view(caller, provider)
                .filter(v -> v == CandourAccess.View.FULL)
                .isEmpty()) {
            throw CandourAccess.noSuchCase();
        }
        DocumentReadModel.Stored stored = documents
                .find(caseId, documentId)
                .orElseThrow(() -> new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such document.")));
        audit.record(caller, "candour-document", List.of(new AccessAudit.Read(caseId, provider, "full")));
        String content = documents
                .open(stored)
                .orElseThrow(() -> new ProblemException(Problem.of(
                        Response.Status.GONE, "The document was erased with the relevant person's identity.")));
        boolean pdf = accept != null && accept.contains("application/pdf");
        if ("copy".equals(stored.kind())) {
            return Response.ok(Base64.getDecoder().decode(content), "application/pdf")
                    .header("Cache-Control", "no-store")
                    .build();
        }
        if (accept != null && !pdf && !accept.contains("text/html") && !accept.contains("*/*")) {
            throw new ProblemException(
                    Problem.of(Response.Status.NOT_ACCEPTABLE, "A letter is served as text/html or application/pdf."));
        }
        return (pdf
                        ? Response.ok(
                                LetterRenderer.pdf(content, stored.providerOds(), stored.sentOn()), "application/pdf")
                        : Response.ok(
                                LetterRenderer.html(content, stored.providerOds(), stored.sentOn()),
                                "text/html; charset=utf-8"))
                .header("Cache-Control", "no-store")
                .build();
    }
}
