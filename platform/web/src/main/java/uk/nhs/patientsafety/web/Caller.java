package uk.nhs.patientsafety.web;

import java.util.Arrays;
import java.util.Set;

/**
 * The authenticated caller as every service sees them: the token's subject, organisation ({@code org}, an ODS code),
 * organisation type, NHS England region and realm roles (BRIEF §4). Inject it into request handlers.
 */
public record Caller(String subject, String org, String orgType, String region, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean isOrganisation(String ods) {
        return org != null && org.equals(ods);
    }
}
