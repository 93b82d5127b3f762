package uk.nhs.patientsafety.assurance.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.nhs.patientsafety.assurance.write.awareness.AwarenessItem;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemMappers;

/**
 * Refusals of this service's own as problem+json. Rule violations (422) and illegal transitions (409) are the
 * platform's {@code refusals.RefusalProblems}; Axon's own (not found, changed concurrently) {@code AxonProblems}.
 */
public class AssuranceProblems {

    @ServerExceptionMapper
    public Response alreadyAcknowledged(AwarenessItem.AlreadyAcknowledged e, UriInfo uri) {
        return Problem.typed("already-acknowledged", 409, "Already acknowledged", e.getMessage())
                .at(ProblemMappers.path(uri))
                .toResponse();
    }
}
