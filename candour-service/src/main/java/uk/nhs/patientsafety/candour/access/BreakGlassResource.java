package uk.nhs.patientsafety.candour.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.eventsourcing.audit.BreakGlass;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;

/**
 * {@code POST /candour/cases/{id}/break-glass}: a CQC inspector opens one Duty of Candour record, in full, for a
 * limited time, giving the reason (DOMAIN §9: CQC "on request"). The grant and its reason are kept and audited by the
 * platform's {@link BreakGlass}; every read under it is audited as usual.
 */
@Path("/candour/cases/{id}/break-glass")
public class BreakGlassResource {

    private static final Logger LOG = Logger.getLogger(BreakGlassResource.class);
    private static final int MAX_REASON = 1000;

    /** Why the glass is broken: required, plain text. */
    public record Request(String reason) {}

    public record Granted(String caseId, String view, Instant expiresAt) {}

    @Inject
    CaseOwners owners;

    @Inject
    CandourAccess access;

    @Inject
    BreakGlass breakGlass;

    @Inject
    CurrentCaller callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CQC_INSPECTOR)
    @Operation(summary = "Open one candour case in full for a limited time with a recorded reason; 201")
    public Response open(@PathParam("id") String id, Request body) {
        Caller caller = callers.get();
        FieldErrors errors = new FieldErrors();
        String reason = body == null ? null : body.reason();
        errors.required("reason", reason, "required: why this Duty of Candour record must be seen");
        if (reason != null && !reason.isBlank()) {
            errors.add("reason", FreeText.problem(reason, MAX_REASON));
        }
        errors.throwIfAny(Problem.typed("invalid-request", 400, "Invalid request", "The request has invalid fields."));
        String provider = owners.providerOf(id).orElseThrow(CandourAccess::noSuchCase);
        if (!access.mayBreakGlass(caller)) {
            throw new ProblemException(
                    Problem.of(Response.Status.FORBIDDEN, "Break-glass access needs an organisation."));
        }
        BreakGlass.Grant grant = breakGlass.open(caller, id, provider, reason, CandourAccess.View.FULL.code());
        // Who and which case may be logged; the reason is free text, kept in the grant only.
        LOG.infof(
                "break-glass on candour case %s by %s (%s) until %s",
                id, caller.subject(), caller.org(), grant.expiresAt());
        return Response.status(Response.Status.CREATED)
                .entity(new Granted(id, CandourAccess.View.FULL.code(), grant.expiresAt()))
                .build();
    }
}
