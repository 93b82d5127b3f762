package uk.nhs.patientsafety.gateway.streams;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.nhs.patientsafety.web.Roles;

/** Who is watching a stream: the claims that decide what they may see (BRIEF §4, DOMAIN §9). */
record Viewer(String org, String orgType, String region, Set<String> roles) {

    static Viewer of(SecurityIdentity identity) {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        return new Viewer(
                token.getClaim("org"), token.getClaim("org_type"), token.getClaim("region"), identity.getRoles());
    }

    boolean isNational() {
        return roles.contains(Roles.NHSE_NATIONAL) || roles.contains(Roles.PLATFORM_ADMIN);
    }

    boolean isRegional() {
        return roles.contains(Roles.NHSE_REGIONAL);
    }
}
