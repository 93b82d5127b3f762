package uk.nhs.patientsafety.candour.access;

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
 * Who may see and do what with a Duty of Candour record (DOMAIN §9, "DoC record" column), by relationship to the
 * provider:
 *
 * <ul>
 *   <li>the provider's candour lead and patient safety team: the full record of their own organisation's cases; only
 *       the candour lead acts on them;
 *   <li>the provider's commissioners (lead, or responsible): status and dates, never the relevant person, the account
 *       or the letters — every such read audited;
 *   <li>NHS England's regional and national teams: compliance aggregates only ({@link #complianceScope});
 *   <li>CQC inspectors: one case and its history on request, through break-glass with a recorded reason (audited with
 *       it), never a list;
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

    /** A read's access: the view shown and the purpose the audit records (the break-glass reason when there is one). */
    public record Grant(View view, String purpose) {}

    /**
     * The view of one case for a read, with its audit purpose: the caller's relationship's view, or for a CQC
     * inspector the full record through break-glass, only with a reason (403 without one, 400 for an unusable one).
     */
    public Optional<Grant> grant(Caller caller, String providerOds, String purpose, String breakGlassReason) {
        Optional<View> view = view(caller, providerOds);
        if (view.isPresent()) {
            return view.map(v -> new Grant(v, purpose));
        }
        if (!caller.hasRole(Roles.CQC_INSPECTOR)) {
            return Optional.empty();
        }
        if (breakGlassReason == null || breakGlassReason.isBlank()) {
            throw new ProblemException(Problem.of(
                    Response.Status.FORBIDDEN,
                    "CQC reads a Duty of Candour record through break-glass: give the reason in the"
                            + " X-Break-Glass-Reason header; it is recorded with the read."));
        }
        uk.nhs.patientsafety.web.FieldErrors errors = new uk.nhs.patientsafety.web.FieldErrors();
        errors.add("X-Break-Glass-Reason", uk.nhs.patientsafety.reference.text.FreeText.problem(breakGlassReason, 500));
        errors.throwIfAny("The break-glass reason is not usable.");
        return Optional.of(new Grant(View.FULL, "break-glass: " + breakGlassReason.strip()));
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
