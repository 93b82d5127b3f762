package uk.nhs.patientsafety.assurance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * Who may see and decide an assurance case (DOMAIN §9, G8), by the caller's relationship to the provider:
 *
 * <ul>
 *   <li>the provider's lead commissioner (quality lead or viewer) sees the case in full; its quality lead decides;
 *   <li>the provider's patient safety lead sees its own cases in full (it answers through its incident);
 *   <li>a responsible commissioner that is not the lead sees the pseudonymised view: codes, dates and statuses, no
 *       free text and no names;
 *   <li>the provider's NHS England region sees escalated cases, pseudonymised;
 *   <li>an ICB never sees a case of a provider it does not commission; everyone else sees nothing, not even that the
 *       case exists.
 * </ul>
 */
@ApplicationScoped
public class CaseAccess {

    static final Set<String> ICB_ROLES = Set.of(Roles.ICB_QUALITY_LEAD, Roles.ICB_VIEWER);

    public enum View {
        FULL,
        PSEUDONYMISED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What access needs to know about a case. */
    public record Subject(String providerOds, boolean escalated) {}

    /** A list's limits: cases of {@code providers}, and escalated cases of {@code escalatedProviders}. */
    public record Scope(Set<String> providers, Set<String> escalatedProviders) {}

    @Inject
    Commissioning commissioning;

    @Inject
    CaseOwners owners;

    public CaseAccess() {}

    public CaseAccess(Commissioning commissioning) {
        this.commissioning = commissioning;
    }

    public Optional<View> view(Caller caller, Subject subject) {
        String org = caller.org();
        if (org == null) {
            return Optional.empty();
        }
        if (caller.hasRole(Roles.PROVIDER_PATIENT_SAFETY_LEAD) && org.equals(subject.providerOds())) {
            return Optional.of(View.FULL);
        }
        if (ICB_ROLES.stream().anyMatch(caller::hasRole)) {
            if (commissioning.isLeadCommissioner(org, subject.providerOds())) {
                return Optional.of(View.FULL);
            }
            if (commissioning.commissions(org, subject.providerOds())) {
                return Optional.of(View.PSEUDONYMISED);
            }
        }
        if (subject.escalated() && inCallersRegion(caller, subject.providerOds())) {
            return Optional.of(View.PSEUDONYMISED);
        }
        return Optional.empty();
    }

    public Scope scope(Caller caller) {
        Set<String> providers = new TreeSet<>();
        Set<String> escalated = new TreeSet<>();
        String org = caller.org();
        if (org != null && caller.hasRole(Roles.PROVIDER_PATIENT_SAFETY_LEAD)) {
            providers.add(org);
        }
        if (org != null && ICB_ROLES.stream().anyMatch(caller::hasRole)) {
            providers.addAll(commissioning.providersCommissionedBy(org));
        }
        if (caller.hasRole(Roles.NHSE_REGIONAL) && caller.region() != null) {
            escalated.addAll(commissioning.providersInRegion(caller.region()));
        }
        return new Scope(providers, escalated);
    }

    /**
     * Refuses a decision unless the caller is the quality lead of the case's provider's lead commissioner: 404 when
     * the case does not exist or the caller may not see it, 403 when they may see it but not decide.
     */
    public void authoriseDecision(Caller caller, String caseId, String actionCode) {
        String provider = owners.providerOf(caseId).orElseThrow(CaseAccess::noSuchCase);
        if (mayDecide(caller, provider)) {
            return;
        }
        if (view(caller, new Subject(provider, false)).isEmpty()) {
            throw noSuchCase();
        }
        throw new ProblemException(Problem.of(
                Response.Status.FORBIDDEN,
                "'" + actionCode + "' is for the provider's lead commissioner's quality lead."));
    }

    public boolean mayDecide(Caller caller, String providerOds) {
        return caller.hasRole(Roles.ICB_QUALITY_LEAD)
                && caller.org() != null
                && commissioning.isLeadCommissioner(caller.org(), providerOds);
    }

    /** The provider's lead commissioner, who assures its serious incidents. */
    public Optional<String> leadCommissionerOf(String providerOds) {
        return commissioning.provider(providerOds).map(Commissioning.Provider::leadCommissioner);
    }

    private boolean inCallersRegion(Caller caller, String providerOds) {
        return caller.hasRole(Roles.NHSE_REGIONAL)
                && caller.region() != null
                && commissioning
                        .regionOf(providerOds)
                        .filter(caller.region()::equals)
                        .isPresent();
    }

    public static ProblemException noSuchCase() {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such assurance case."));
    }
}
