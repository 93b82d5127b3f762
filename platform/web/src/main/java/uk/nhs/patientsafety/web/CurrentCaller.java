package uk.nhs.patientsafety.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the request being handled. Inject this (resources are singletons) and call {@link #get()}
 * inside the request.
 */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Caller get() {
        return new Caller(
                token.getSubject(),
                token.getClaim("org"),
                token.getClaim("org_type"),
                token.getClaim("region"),
                new TreeSet<>(identity.getRoles()));
    }
}
