package uk.nhs.patientsafety.candour.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.patientsafety.eventsourcing.audit.BreakGlass;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * Who may see and do what with a Duty of Candour record (DOMAIN §9, "DoC record" column), by relationship to the
 * provider:
 *
 * <ul>
 *   <li>the provider's candour lead and patient safety team: the full record of their own organisation's cases; only
 *       the candour lead acts on them;
 *   <li>the provider's commissioners (lead, or responsible): status and dates, never the relevant person, the account
 *       or the letters — every such read audited;
 *   <li>NHS England's regional and national teams: compliance aggregates only ({@link #complianceScope});
 *   <li>CQC inspectors: one case, its history and letters on request, through the platform's break-glass with a
 *       recorded reason for a limited time (audited), never a list;
 *   <li>everyone else, reporters and platform operators included: nothing, not even that a case exists.
 * </ul>
 */
@ApplicationScoped
public class CandourAccess {

    static final Set<String> PROVIDER_ROLES = Set.of(Roles.PROVIDER_CANDOUR_LEAD, Roles.PROVIDER_PATIENT_SAFETY_LEAD);
    static final Set<String> ICB_ROLES = Set.of(Roles.ICB_QUALITY_LEAD, Roles.ICB_VIEWER);

    /** Full: the whole record. Status: status, dates and codes only (DOMAIN §9 "Status + dates"). */
    public enum View {
        FULL,
        STATUS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject
    Commissioning commissioning;

    @Inject
    CaseOwners owners;

    @Inject
    BreakGlass breakGlass;

    public CandourAccess() {}

    public CandourAccess(Commissioning commissioning) {
        this.commissioning = commissioning;
    }

    public Optional<View> view(Caller caller, String providerOds) {
        String org = caller.org();
        if (org == null) {
            return Optional.empty();
        }
        if (any(caller, PROVIDER_ROLES) && org.equals(providerOds)) {
            return Optional.of(View.FULL);
        }
        if (any(caller, ICB_ROLES) && commissioning.commissions(org, providerOds)) {
            return Optional.of(View.STATUS);
        }
        return Optional.empty();
    }

    /**
     * The view of one case: the caller's relationship's view, or — for a CQC inspector who broke the glass on this case
     * with a recorded reason (platform {@link BreakGlass}, for a limited time) — the full record.
     */
    public Optional<View> view(Caller caller, String providerOds, String caseId) {
        return view(caller, providerOds)
                .or(() -> mayBreakGlass(caller)
                                && breakGlass.active(caller, caseId).isPresent()
                        ? Optional.of(View.FULL)
                        : Optional.empty());
    }

    /** Only CQC breaks the glass on a candour record (DOMAIN §9 "On request"); it needs an organisation. */
    public boolean mayBreakGlass(Caller caller) {
        return caller.hasRole(Roles.CQC_INSPECTOR) && caller.org() != null && caller.subject() != null;
    }

    /** The providers whose cases the caller may list (empty when none). */
    public Set<String> scope(Caller caller) {
        Set<String> providers = new TreeSet<>();
        String org = caller.org();
        if (org == null) {
            return providers;
        }
        if (any(caller, PROVIDER_ROLES)) {
            providers.add(org);
        }
        if (any(caller, ICB_ROLES)) {
            providers.addAll(commissioning.providersCommissionedBy(org));
        }
        return providers;
    }

    /**
     * The providers whose compliance aggregates the caller may read (DOMAIN §9 "A"): its own organisation for the
     * provider's team, commissioned providers for an ICB, the region's providers for NHS England's regional team, all
     * for the national team. Aggregates carry no case and no person.
     */
    public Set<String> complianceScope(Caller caller, Set<String> allProviders) {
        Set<String> providers = new TreeSet<>(scope(caller));
        if (caller.hasRole(Roles.NHSE_REGIONAL) && caller.region() != null) {
            providers.addAll(commissioning.providersInRegion(caller.region()));
        }
        if (caller.hasRole(Roles.NHSE_NATIONAL)) {
            providers.addAll(allProviders);
        }
        return providers;
    }

    /**
     * Refuses an action unless the caller is the candour lead of the case's provider: 404 when the case does not
     * exist or the caller may not see it, 403 when they may see it but not act.
     */
    public void authoriseAction(Caller caller, String actionCode, String caseId) {
        String providerOds = owners.providerOf(caseId).orElseThrow(CandourAccess::noSuchCase);
        if (caller.hasRole(Roles.PROVIDER_CANDOUR_LEAD) && caller.isOrganisation(providerOds)) {
            return;
        }
        if (view(caller, providerOds).isEmpty()) {
            throw noSuchCase();
        }
        throw new ProblemException(
                Problem.of(Response.Status.FORBIDDEN, "'" + actionCode + "' is for the provider's candour lead."));
    }

    public static ProblemException noSuchCase() {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such candour case."));
    }

    private static boolean any(Caller caller, Set<String> roles) {
        return roles.stream().anyMatch(caller::hasRole);
    }
}
