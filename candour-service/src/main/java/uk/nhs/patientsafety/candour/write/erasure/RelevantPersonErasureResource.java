package uk.nhs.patientsafety.candour.write.erasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.eventsourcing.patients.PatientVault;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;

/**
 * {@code DELETE /candour/relevant-persons/{ref}}: erases a relevant person (a right-to-erasure request handled by the
 * platform's administrators) by destroying their data key. Their name, relationship and contact details become
 * unreadable in every event and view that holds them; the case, its dates and codes remain.
 */
@Path("/candour/relevant-persons/{ref}")
public class RelevantPersonErasureResource {

    private static final Logger LOG = Logger.getLogger(RelevantPersonErasureResource.class);

    @Inject
    PatientVault vault;

    @Inject
    CurrentCaller caller;

    @DELETE
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Erase a relevant person's identity (crypto-shredding); 204 when done or already done")
    public Response erase(@PathParam("ref") String ref) {
        if (!ref.matches("pt-[0-9a-f]{24}") || !vault.erase(ref)) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such relevant person."));
        }
        // The reference is pseudonymous: it may be logged, the identity never.
        LOG.infof("Relevant person %s erased by %s", ref, caller.get().subject());
        return Response.noContent().build();
    }
}
