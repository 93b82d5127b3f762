package uk.nhs.patientsafety.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code GET /me}: who the service takes the caller to be — subject, organisation, organisation type, region and
 * roles. Lets an integrating system check its token before it sends anything real.
 */
@Path("/me")
public class WhoAmIResource {

    public record Caller(String subject, String org, String orgType, String region, Set<String> roles) {}

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Caller me() {
        return new Caller(
                token.getSubject(),
                token.getClaim("org"),
                token.getClaim("org_type"),
                token.getClaim("region"),
                new TreeSet<>(identity.getRoles()));
    }
}
