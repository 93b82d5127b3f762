package uk.nhs.patientsafety.summit.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Roles;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * The caller's relationships to a provider, from the platform's commissioning reference data (DOMAIN §2.2, §9):
 * decided by relationship, never by organisation type alone.
 */
@ApplicationScoped
public class Relationships {

    static final Set<String> ICB_ROLES = Set.of(Roles.ICB_QUALITY_LEAD, Roles.ICB_VIEWER);
    static final Set<String> PROVIDER_ROLES =
            Set.of(Roles.PROVIDER_REPORTER, Roles.PROVIDER_PATIENT_SAFETY_LEAD, Roles.PROVIDER_CANDOUR_LEAD);

    @Inject
    Commissioning commissioning;

    public Relationships() {}

    public Relationships(Commissioning commissioning) {
        this.commissioning = commissioning;
    }

    /** The lead or a responsible commissioner of the provider, in an ICB role. */
    public boolean isCommissioner(Caller caller, String providerOds) {
        return caller.org() != null && any(caller, ICB_ROLES) && commissioning.commissions(caller.org(), providerOds);
    }

    /** A commissioner's quality lead: who takes the commissioner's decisions. */
    public boolean isCommissionerQualityLead(Caller caller, String providerOds) {
        return caller.hasRole(Roles.ICB_QUALITY_LEAD)
                && caller.org() != null
                && commissioning.commissions(caller.org(), providerOds);
    }

    public boolean isLeadCommissionerQualityLead(Caller caller, String providerOds) {
        return caller.hasRole(Roles.ICB_QUALITY_LEAD)
                && caller.org() != null
                && commissioning.isLeadCommissioner(caller.org(), providerOds);
    }

    /** An NHS England regional team of the provider's region. */
    public boolean isRegionOf(Caller caller, String providerOds) {
        return caller.hasRole(Roles.NHSE_REGIONAL)
                && caller.region() != null
                && commissioning
                        .regionOf(providerOds)
                        .filter(caller.region()::equals)
                        .isPresent();
    }

    /** The provider's own staff. */
    public boolean isProvider(Caller caller, String providerOds) {
        return any(caller, PROVIDER_ROLES) && caller.isOrganisation(providerOds);
    }

    public boolean isKnownProvider(String providerOds) {
        return commissioning.provider(providerOds).isPresent();
    }

    public java.util.Optional<String> regionOf(String providerOds) {
        return commissioning.regionOf(providerOds);
    }

    public java.util.Optional<String> leadCommissionerOf(String providerOds) {
        return commissioning.provider(providerOds).map(Commissioning.Provider::leadCommissioner);
    }

    public Set<String> providersCommissionedBy(String icb) {
        return commissioning.providersCommissionedBy(icb);
    }

    public Set<String> providersInRegion(String region) {
        return commissioning.providersInRegion(region);
    }

    static boolean any(Caller caller, Set<String> roles) {
        return roles.stream().anyMatch(caller::hasRole);
    }
}
