package uk.nhs.patientsafety.incident.access;

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
import uk.nhs.patientsafety.web.Roles;

/**
 * {@code POST /incidents/{id}/break-glass}: a national team, a region or CQC, who would otherwise see only
 * aggregates of it, opens one incident pseudonymised for a limited time, giving the reason (DOMAIN §9). The grant and
 * its reason are kept and audited; so is every read under it.
 */
@Path("/incidents/{id}/break-glass")
public class BreakGlassResource {

    private static final Logger LOG = Logger.getLogger(BreakGlassResource.class);
    private static final int MAX_REASON = 1000;

    /** Why the glass is broken: required, plain text. */
    public record Request(String reason) {}

    public record Granted(String incidentId, String view, Instant expiresAt) {}

    @Inject
    IncidentOwners owners;

    @Inject
    IncidentAccess access;

    @Inject
    BreakGlass breakGlass;

    @Inject
    CurrentCaller callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NHSE_NATIONAL, Roles.NHSE_REGIONAL, Roles.CQC_INSPECTOR})
    @Operation(summary = "Open one incident, pseudonymised, for a limited time with a recorded reason; 201")
    public Response open(@PathParam("id") String id, Request body) {
        Caller caller = callers.get();
        FieldErrors errors = new FieldErrors();
        String reason = body == null ? null : body.reason();
        errors.required("reason", reason, "required: why this incident must be seen");
        if (reason != null && !reason.isBlank()) {
            errors.add("reason", FreeText.problem(reason, MAX_REASON));
        }
        errors.throwIfAny(Problem.typed("invalid-request", 400, "Invalid request", "The request has invalid fields."));
        String provider = owners.providerOf(id).orElseThrow(IncidentAccess::noSuchIncident);
        if (!access.mayBreakGlass(caller)) {
            throw new uk.nhs.patientsafety.web.ProblemException(
                    Problem.of(Response.Status.FORBIDDEN, "Break-glass access needs an organisation."));
        }
        BreakGlass.Grant grant =
                breakGlass.open(caller, id, provider, reason, IncidentAccess.View.PSEUDONYMISED.code());
        // Who and which incident may be logged; the reason is free text, kept in the grant only.
        LOG.infof(
                "break-glass on incident %s by %s (%s) until %s",
                id, caller.subject(), caller.org(), grant.expiresAt());
        return Response.status(Response.Status.CREATED)
                .entity(new Granted(id, IncidentAccess.View.PSEUDONYMISED.code(), grant.expiresAt()))
                .build();
    }
}
