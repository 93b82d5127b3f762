package uk.nhs.patientsafety.incident.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.eventsourcing.audit.BreakGlass;
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
 *   <li>NHS England regional teams see their region's serious incidents and never events pseudonymised, and
 *       aggregates of the rest; national teams and CQC see aggregates;
 *   <li>those three may break glass: open one incident, pseudonymised, for a limited time with a recorded reason
 *       ({@link BreakGlass});
 *   <li>platform operators ({@code platform-admin}) see no clinical record at all;
 *   <li>everyone else sees nothing — not even that it exists.
 * </ul>
 *
 * Escalated items (for regions and national teams) and items notified to CQC are to be added once those facts reach
 * this service from the escalation and notification contexts.
 */
@ApplicationScoped
public class IncidentAccess {

    public static final Set<String> PROVIDER_ROLES =
            Set.of(Roles.PROVIDER_REPORTER, Roles.PROVIDER_PATIENT_SAFETY_LEAD, Roles.PROVIDER_CANDOUR_LEAD);
    public static final Set<String> ICB_ROLES = Set.of(Roles.ICB_QUALITY_LEAD, Roles.ICB_VIEWER);
    /**
     * Who sees aggregates of every provider, and may break glass. The platform's operators are not among them:
     * running the platform gives no right to clinical records.
     */
    public static final Set<String> BREAK_GLASS_ROLES =
            Set.of(Roles.NHSE_NATIONAL, Roles.NHSE_REGIONAL, Roles.CQC_INSPECTOR);

    private static final Set<String> NATIONAL_ROLES = Set.of(Roles.NHSE_NATIONAL, Roles.CQC_INSPECTOR);

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
    public record Subject(
            String incidentId,
            String providerOds,
            Collection<String> involvedOds,
            boolean seriousIncident,
            boolean neverEvent) {}

    @Inject
    Commissioning commissioning;

    @Inject
    IncidentOwners owners;

    @Inject
    BreakGlass breakGlass;

    public IncidentAccess() {}

    public IncidentAccess(Commissioning commissioning) {
        this.commissioning = commissioning;
    }

    /** The caller's view of the incident: by relationship, else by an open break-glass grant. */
    public Optional<View> view(Caller caller, Subject incident) {
        return byRelationship(caller, incident).or(() -> viaBreakGlass(caller, incident));
    }

    /** {@code break-glass <purpose>} when the caller sees the incident only through break glass. */
    public String purpose(Caller caller, Subject incident, String purpose) {
        return byRelationship(caller, incident).isPresent() ? purpose : "break-glass " + purpose;
    }

    public boolean mayBreakGlass(Caller caller) {
        return caller.org() != null && any(caller, BREAK_GLASS_ROLES);
    }

    private Optional<View> viaBreakGlass(Caller caller, Subject incident) {
        return mayBreakGlass(caller)
                        && breakGlass.active(caller, incident.incidentId()).isPresent()
                ? Optional.of(View.PSEUDONYMISED)
                : Optional.empty();
    }

    private Optional<View> byRelationship(Caller caller, Subject incident) {
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
                && (incident.seriousIncident() || incident.neverEvent())
                && commissioning
                        .regionOf(incident.providerOds())
                        .filter(caller.region()::equals)
                        .isPresent()) {
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
        if (view(caller, new Subject(incidentId, providerOds, List.of(), false, false))
                .isEmpty()) {
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
     * The incidents the caller may list: every incident of {@code providers}, those {@code involvedOrg} is involved
     * in, and the serious incidents and never events of {@code notableProviders} (a region's). Break-glass grants
     * open single incidents, not lists.
     */
    public Scope scope(Caller caller) {
        String org = caller.org();
        Set<String> providers = new java.util.TreeSet<>();
        Set<String> notable = new java.util.TreeSet<>();
        String involvedOrg = null;
        if (org != null && any(caller, PROVIDER_ROLES)) {
            providers.add(org);
            involvedOrg = org;
        }
        if (org != null && any(caller, ICB_ROLES)) {
            providers.addAll(commissioning.providersCommissionedBy(org));
        }
        if (caller.hasRole(Roles.NHSE_REGIONAL) && caller.region() != null) {
            notable.addAll(commissioning.providersInRegion(caller.region()));
        }
        return new Scope(providers, notable, involvedOrg);
    }

    /** A list query's limits. */
    public record Scope(Set<String> providers, Set<String> notableProviders, String involvedOrg) {}

    /**
     * The providers whose incidents the caller may count (DOMAIN §9 "A"), or empty for every provider: its own, those
     * it commissions, its region's; national teams and CQC count every provider. Operators count nothing.
     */
    public Optional<Set<String>> aggregateScope(Caller caller) {
        if (caller.org() != null && any(caller, NATIONAL_ROLES)) {
            return Optional.empty();
        }
        Set<String> providers = new java.util.TreeSet<>(scope(caller).providers());
        if (caller.hasRole(Roles.NHSE_REGIONAL) && caller.region() != null) {
            providers.addAll(commissioning.providersInRegion(caller.region()));
        }
        return Optional.of(providers);
    }

    private static boolean any(Caller caller, Set<String> roles) {
        return roles.stream().anyMatch(caller::hasRole);
    }
}
