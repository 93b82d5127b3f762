package uk.nhs.patientsafety.incident.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.incident.write.incident.Action;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * Who may see and do what with an incident (DOMAIN §9), decided by the caller's relationship to the reporting
 * provider, never by organisation type alone:
 *
 * <ul>
 *   <li>the provider's own staff see the full record; its patient safety lead acts on it;
 *   <li>other organisations involved in a cross-organisation incident see it pseudonymised;
 *   <li>the lead commissioner sees a serious incident in full and anything else pseudonymised, and takes the
 *       commissioner's decisions; a responsible commissioner sees it pseudonymised;
 *   <li>NHS England regional teams see their region's incidents pseudonymised; national teams and CQC see every
 *       incident pseudonymised; platform operators (`platform-admin`) see no clinical record at all;
 *   <li>everyone else sees nothing — not even that it exists.
 * </ul>
 */
@ApplicationScoped
public class IncidentAccess {

    public static final Set<String> PROVIDER_ROLES =
            Set.of(Roles.PROVIDER_REPORTER, Roles.PROVIDER_PATIENT_SAFETY_LEAD, Roles.PROVIDER_CANDOUR_LEAD);
    public static final Set<String> ICB_ROLES = Set.of(Roles.ICB_QUALITY_LEAD, Roles.ICB_VIEWER);
    /** The platform's operators are not among them: running the platform gives no right to clinical records. */
    private static final Set<String> SEE_ALL_ROLES = Set.of(Roles.NHSE_NATIONAL, Roles.CQC_INSPECTOR);

    /** Full: patient identities and free text. Pseudonymised: neither (DOMAIN §9 "P"). */
    public enum View {
        FULL,
        PSEUDONYMISED;

        /** The view's name in the access audit and in responses. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What access needs to know about an incident. */
    public record Subject(String providerOds, Collection<String> involvedOds, boolean seriousIncident) {}

    @Inject
    Commissioning commissioning;

    @Inject
    IncidentOwners owners;

    public IncidentAccess() {}

    public IncidentAccess(Commissioning commissioning) {
        this.commissioning = commissioning;
    }

    public Optional<View> view(Caller caller, Subject incident) {
        String org = caller.org();
        if (org == null) {
            return Optional.empty();
        }
        if (any(caller, PROVIDER_ROLES)) {
            if (org.equals(incident.providerOds())) {
                return Optional.of(View.FULL);
            }
            if (incident.involvedOds().contains(org)) {
                return Optional.of(View.PSEUDONYMISED);
            }
        }
        if (any(caller, ICB_ROLES)) {
            if (commissioning.isLeadCommissioner(org, incident.providerOds())) {
                return Optional.of(incident.seriousIncident() ? View.FULL : View.PSEUDONYMISED);
            }
            if (commissioning.commissions(org, incident.providerOds())) {
                return Optional.of(View.PSEUDONYMISED);
            }
        }
        if (caller.hasRole(Roles.NHSE_REGIONAL)
                && caller.region() != null
                && commissioning
                        .regionOf(incident.providerOds())
                        .filter(caller.region()::equals)
                        .isPresent()) {
            return Optional.of(View.PSEUDONYMISED);
        }
        if (any(caller, SEE_ALL_ROLES)) {
            return Optional.of(View.PSEUDONYMISED);
        }
        return Optional.empty();
    }

    /** Whether the caller may take {@code action} on an incident of {@code providerOds}. */
    /**
     * Refuses an action on an incident unless the caller may take it: 404 when the incident does not exist or the
     * caller may not even see it (so its existence is not revealed), 403 naming who may act when they can see it.
     */
    public void authoriseAction(Caller caller, Action action, String incidentId) {
        String providerOds = owners.providerOf(incidentId).orElseThrow(IncidentAccess::noSuchIncident);
        if (mayAct(caller, action, providerOds)) {
            return;
        }
        if (view(caller, new Subject(providerOds, List.of(), false)).isEmpty()) {
            throw noSuchIncident();
        }
        throw new ProblemException(Problem.of(
                Response.Status.FORBIDDEN,
                "'" + action.code() + "' is for the "
                        + switch (action.party()) {
                            case PROVIDER -> "provider's patient safety lead";
                            case COMMISSIONER -> "lead commissioner's quality lead";
                            case EITHER -> "provider's patient safety lead or the lead commissioner";
                        }
                        + "."));
    }

    /**
     * Whether {@code commissionerOds} may take the commissioner's decisions on the incident (closure, further
     * information): only its provider's lead commissioner may, whoever reports the decision.
     */
    public boolean mayDecideAsCommissioner(String commissionerOds, String incidentId) {
        return commissionerOds != null
                && owners.providerOf(incidentId)
                        .filter(provider -> commissioning.isLeadCommissioner(commissionerOds, provider))
                        .isPresent();
    }

    public static ProblemException noSuchIncident() {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such incident."));
    }

    public boolean mayAct(Caller caller, Action action, String providerOds) {
        boolean provider = caller.hasRole(Roles.PROVIDER_PATIENT_SAFETY_LEAD) && caller.isOrganisation(providerOds);
        boolean commissioner = caller.hasRole(Roles.ICB_QUALITY_LEAD)
                && caller.org() != null
                && commissioning.isLeadCommissioner(caller.org(), providerOds);
        return switch (action.party()) {
            case PROVIDER -> provider;
            case COMMISSIONER -> commissioner;
            case EITHER -> provider || commissioner;
        };
    }

    /** Reporters and patient safety leads report for their own organisation only. */
    public boolean mayReport(Caller caller, String providerOds) {
        return caller.hasAnyRole(Roles.PROVIDER_REPORTER, Roles.PROVIDER_PATIENT_SAFETY_LEAD)
                && caller.isOrganisation(providerOds);
    }

    /**
     * The providers whose incidents the caller may list, or empty for all; {@code involvedOrg} additionally admits
     * incidents the caller's organisation is involved in.
     */
    public Scope scope(Caller caller) {
        String org = caller.org();
        if (any(caller, SEE_ALL_ROLES)) {
            return new Scope(null, null);
        }
        java.util.Set<String> providers = new java.util.TreeSet<>();
        String involvedOrg = null;
        if (org != null && any(caller, PROVIDER_ROLES)) {
            providers.add(org);
            involvedOrg = org;
        }
        if (org != null && any(caller, ICB_ROLES)) {
            providers.addAll(commissioning.providersCommissionedBy(org));
        }
        if (caller.hasRole(Roles.NHSE_REGIONAL) && caller.region() != null) {
            providers.addAll(commissioning.providersInRegion(caller.region()));
        }
        return new Scope(providers, involvedOrg);
    }

    /** A list query's limits: {@code providers} null means every provider. */
    public record Scope(Set<String> providers, String involvedOrg) {
        public boolean all() {
            return providers == null;
        }
    }

    private static boolean any(Caller caller, Set<String> roles) {
        return roles.stream().anyMatch(caller::hasRole);
    }
}
