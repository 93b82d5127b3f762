package uk.nhs.patientsafety.summit.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;

/**
 * Who may see and change a provider's escalation level (issue 12): the lead commissioner's quality lead or the
 * provider's NHS England region changes it; the provider, its commissioners and its region see it.
 */
@ApplicationScoped
public class LevelAccess {

    @Inject
    Relationships relationships;

    public boolean maySee(Caller caller, String providerOds) {
        return relationships.isProvider(caller, providerOds)
                || relationships.isCommissioner(caller, providerOds)
                || relationships.isRegionOf(caller, providerOds);
    }

    /** 404 for a provider the caller may not see (or nobody knows), 403 for one they see but may not change. */
    public void authoriseChange(Caller caller, String providerOds) {
        if (relationships.isLeadCommissionerQualityLead(caller, providerOds)
                || relationships.isRegionOf(caller, providerOds)) {
            return;
        }
        if (!relationships.isKnownProvider(providerOds) || !maySee(caller, providerOds)) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such provider."));
        }
        throw new ProblemException(Problem.of(
                Response.Status.FORBIDDEN,
                "A provider's escalation level is changed by its lead commissioner's quality lead or its region."));
    }

    /** The providers whose levels the caller may list. */
    public Set<String> visibleProviders(Caller caller) {
        Set<String> providers = new TreeSet<>();
        if (caller.org() == null) {
            return providers;
        }
        if (Relationships.any(caller, Relationships.PROVIDER_ROLES) && relationships.isKnownProvider(caller.org())) {
            providers.add(caller.org());
        }
        if (Relationships.any(caller, Relationships.ICB_ROLES)) {
            providers.addAll(relationships.providersCommissionedBy(caller.org()));
        }
        if (caller.hasRole(Roles.NHSE_REGIONAL) && caller.region() != null) {
            providers.addAll(relationships.providersInRegion(caller.region()));
        }
        return providers;
    }
}
