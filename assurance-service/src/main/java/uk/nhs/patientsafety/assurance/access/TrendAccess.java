package uk.nhs.patientsafety.assurance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * Who may read a provider's aggregates (DOMAIN §9 "A"): the provider's own staff, the ICBs that commission it, its
 * NHS England region, NHS England nationally and CQC. Anyone else is told nothing (404).
 */
@ApplicationScoped
public class TrendAccess {

    @Inject
    Commissioning commissioning;

    public void authoriseAggregates(Caller caller, String providerOds) {
        String org = caller.org();
        boolean provider = org != null
                && org.equals(providerOds)
                && caller.hasAnyRole(
                        Roles.PROVIDER_PATIENT_SAFETY_LEAD, Roles.PROVIDER_REPORTER, Roles.PROVIDER_CANDOUR_LEAD);
        boolean icb = org != null
                && CaseAccess.ICB_ROLES.stream().anyMatch(caller::hasRole)
                && commissioning.commissions(org, providerOds);
        boolean region = caller.hasRole(Roles.NHSE_REGIONAL)
                && caller.region() != null
                && commissioning
                        .regionOf(providerOds)
                        .filter(caller.region()::equals)
                        .isPresent();
        boolean national = caller.hasAnyRole(Roles.NHSE_NATIONAL, Roles.CQC_INSPECTOR);
        if (!(provider || icb || region || national)) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such provider."));
        }
    }
}
