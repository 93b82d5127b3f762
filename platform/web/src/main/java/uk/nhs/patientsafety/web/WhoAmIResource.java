package uk.nhs.patientsafety.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /me}: who the service takes the caller to be — subject, organisation, organisation type, region and
 * roles. Lets an integrating system check its token before it sends anything real.
 */
@Path("/me")
public class WhoAmIResource {

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Caller me() {
        return caller.get();
    }
}
