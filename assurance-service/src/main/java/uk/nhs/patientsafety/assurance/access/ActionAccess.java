package uk.nhs.patientsafety.assurance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * Who may see and act on safety actions (DOMAIN §9: action plans are F for the provider's patient safety team and
 * the lead commissioner, by RASCI for a responsible commissioner): the provider's patient safety lead records and
 * works its own; the lead commissioner sees them in full and its quality lead verifies; a responsible commissioner
 * that is not the lead sees them pseudonymised; nobody else sees them.
 */
@ApplicationScoped
public class ActionAccess {

    /** Who a step is for, as the Action table says for the action's framework. */
    public enum Actor {
        PROVIDER,
        LEAD_COMMISSIONER
    }

    @Inject
    Commissioning commissioning;

    @Inject
    KnownIncidents known;

    public Optional<CaseAccess.View> view(Caller caller, String providerOds) {
        String org = caller.org();
        if (org == null) {
            return Optional.empty();
        }
        if (caller.hasRole(Roles.PROVIDER_PATIENT_SAFETY_LEAD) && org.equals(providerOds)) {
            return Optional.of(CaseAccess.View.FULL);
        }
        if (CaseAccess.ICB_ROLES.stream().anyMatch(caller::hasRole)) {
            if (commissioning.isLeadCommissioner(org, providerOds)) {
                return Optional.of(CaseAccess.View.FULL);
            }
            if (commissioning.commissions(org, providerOds)) {
                return Optional.of(CaseAccess.View.PSEUDONYMISED);
            }
        }
        return Optional.empty();
    }

    /** The providers whose actions the caller may list. */
    public Set<String> scope(Caller caller) {
        Set<String> providers = new TreeSet<>();
        if (caller.org() != null && caller.hasRole(Roles.PROVIDER_PATIENT_SAFETY_LEAD)) {
            providers.add(caller.org());
        }
        if (caller.org() != null && CaseAccess.ICB_ROLES.stream().anyMatch(caller::hasRole)) {
            providers.addAll(commissioning.providersCommissionedBy(caller.org()));
        }
        return providers;
    }

    /**
     * The incident an action plan is recorded for, if the caller is its provider's patient safety lead: 404 when it
     * is unknown here or invisible to the caller, 403 when they see it but do not record its actions.
     */
    public KnownIncidents.Known authorisePlan(Caller caller, String incidentId) {
        KnownIncidents.Known incident = known.find(incidentId)
                .orElseThrow(() -> new ProblemException(Problem.of(
                        Response.Status.NOT_FOUND,
                        "No incident here that can carry an action plan: its report must have been submitted (SIF)"
                                + " or its safety actions agreed (PSIRF).")));
        if (may(caller, Actor.PROVIDER, incident.providerOds())) {
            return incident;
        }
        if (view(caller, incident.providerOds()).isEmpty()) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such incident."));
        }
        throw new ProblemException(Problem.of(
                Response.Status.FORBIDDEN, "Action plans are recorded by the provider's patient safety lead."));
    }

    /** Refuses a step on a safety action unless the caller is who the Action table names (404 / 403). */
    public KnownIncidents.Known authoriseStep(Caller caller, String actionId, String actionCode, Actor actor) {
        KnownIncidents.Known owner = known.actionOwner(actionId).orElseThrow(ActionAccess::noSuchAction);
        if (may(caller, actor, owner.providerOds())) {
            return owner;
        }
        if (view(caller, owner.providerOds()).isEmpty()) {
            throw noSuchAction();
        }
        throw new ProblemException(Problem.of(
                Response.Status.FORBIDDEN,
                "'" + actionCode + "' is for the "
                        + (actor == Actor.PROVIDER
                                ? "provider's patient safety lead."
                                : "provider's lead commissioner's quality lead.")));
    }

    public Optional<String> framework(String actionId) {
        return known.actionOwner(actionId).map(KnownIncidents.Known::framework);
    }

    public Optional<String> leadCommissionerOf(String providerOds) {
        return commissioning.provider(providerOds).map(Commissioning.Provider::leadCommissioner);
    }

    private boolean may(Caller caller, Actor actor, String providerOds) {
        return switch (actor) {
            case PROVIDER -> caller.hasRole(Roles.PROVIDER_PATIENT_SAFETY_LEAD) && caller.isOrganisation(providerOds);
            case LEAD_COMMISSIONER ->
                caller.hasRole(Roles.ICB_QUALITY_LEAD)
                        && caller.org() != null
                        && commissioning.isLeadCommissioner(caller.org(), providerOds);
        };
    }

    public static ProblemException noSuchAction() {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such safety action."));
    }
}
