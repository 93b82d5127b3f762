package uk.nhs.patientsafety.summit.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.summit.events.SummitEvents.*;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;

/**
 * Who may see and do what with a risk summit (issue 12, DOMAIN §9): the convening ICB or region runs it; its invitees
 * and attendees (CQC among them when invited) see it in full; the provider sees summits about it and their outcomes
 * (G3); the provider's commissioners and its NHS England region see it too. Everyone else sees nothing. An agreed
 * action is completed by its owner organisation or the convenor.
 */
@ApplicationScoped
public class SummitAccess {

    /** Roles that act for an organisation in a summit: run it, or complete an action it owns. */
    static final Set<String> LEAD_ROLES = Set.of(
            Roles.PROVIDER_PATIENT_SAFETY_LEAD,
            Roles.ICB_QUALITY_LEAD,
            Roles.NHSE_REGIONAL,
            Roles.NHSE_NATIONAL,
            Roles.CQC_INSPECTOR);

    /** What access needs to know about a summit: its provider, convenor, participants and actions' owners. */
    public record Subject(
            String summitId,
            String providerOds,
            String convenorOds,
            Set<String> participants,
            Map<String, String> actionOwners) {}

    @Inject
    Relationships relationships;

    @Inject
    Histories histories;

    public boolean maySee(Caller caller, Subject summit) {
        if (caller.org() == null || caller.roles().stream().allMatch(Roles.PLATFORM_ADMIN::equals)) {
            return false;
        }
        return caller.isOrganisation(summit.convenorOds())
                || summit.participants().contains(caller.org())
                || relationships.isProvider(caller, summit.providerOds())
                || relationships.isCommissioner(caller, summit.providerOds())
                || relationships.isRegionOf(caller, summit.providerOds());
    }

    public boolean isConvenor(Caller caller, Subject summit) {
        return caller.isOrganisation(summit.convenorOds())
                && LEAD_ROLES.stream().anyMatch(caller::hasRole);
    }

    /** Who may ask for a summit about a provider: a commissioner's quality lead or the provider's region. */
    public boolean mayRequest(Caller caller, String providerOds) {
        return relationships.isCommissionerQualityLead(caller, providerOds)
                || relationships.isRegionOf(caller, providerOds);
    }

    /** 404 when the summit does not exist or the caller may not see it; 403 when they see it but may not run it. */
    public Subject authoriseRunning(Caller caller, String summitId, String actionCode) {
        Subject summit = subject(summitId).orElseThrow(SummitAccess::noSuchSummit);
        if (isConvenor(caller, summit)) {
            return summit;
        }
        throw refusal(caller, summit, "'" + actionCode + "' is for the convening organisation's lead.");
    }

    /** For an agreed action: its owner organisation's lead or the convenor may complete it; only the convenor cancels. */
    public Subject authoriseOnAction(Caller caller, String summitId, String actionId, boolean ownerMay, String code) {
        Subject summit = subject(summitId).orElseThrow(SummitAccess::noSuchSummit);
        if (!summit.actionOwners().containsKey(actionId) && maySee(caller, summit)) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "The summit agreed no such action."));
        }
        boolean owner = ownerMay
                && caller.isOrganisation(summit.actionOwners().get(actionId))
                && LEAD_ROLES.stream().anyMatch(caller::hasRole);
        if (owner || isConvenor(caller, summit)) {
            return summit;
        }
        throw refusal(
                caller,
                summit,
                "'" + code + "' is for " + (ownerMay ? "the action's owner or " : "") + "the convening organisation.");
    }

    private ProblemException refusal(Caller caller, Subject summit, String detail) {
        if (!maySee(caller, summit)) {
            return noSuchSummit();
        }
        return new ProblemException(Problem.of(Response.Status.FORBIDDEN, detail));
    }

    /** The summit as the event store has it now. */
    public Optional<Subject> subject(String summitId) {
        List<Object> history = histories.of(summitId);
        RiskSummitRequested requested = history.stream()
                .filter(RiskSummitRequested.class::isInstance)
                .map(RiskSummitRequested.class::cast)
                .findFirst()
                .orElse(null);
        if (requested == null) {
            return Optional.empty();
        }
        Set<String> participants = new LinkedHashSet<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (Object event : history) {
            if (event instanceof RiskSummitConvened convened) {
                participants.addAll(convened.invitees());
            } else if (event instanceof RiskSummitHeld held) {
                participants.addAll(held.attendees());
            } else if (event instanceof RiskSummitActionAssigned assigned) {
                owners.put(assigned.actionId(), assigned.ownerOds());
            }
        }
        return Optional.of(
                new Subject(summitId, requested.providerOds(), requested.convenorOds(), participants, owners));
    }

    /** A list's limits: summits the caller's organisation convenes or takes part in, or about these providers. */
    public record Scope(String org, Set<String> providers) {}

    public Scope scope(Caller caller) {
        Set<String> providers = new java.util.TreeSet<>();
        if (caller.org() == null || caller.roles().stream().allMatch(Roles.PLATFORM_ADMIN::equals)) {
            return new Scope("", providers);
        }
        if (Relationships.any(caller, Relationships.PROVIDER_ROLES)) {
            providers.add(caller.org());
        }
        if (Relationships.any(caller, Relationships.ICB_ROLES)) {
            providers.addAll(relationships.providersCommissionedBy(caller.org()));
        }
        if (caller.hasRole(Roles.NHSE_REGIONAL) && caller.region() != null) {
            providers.addAll(relationships.providersInRegion(caller.region()));
        }
        return new Scope(caller.org(), providers);
    }

    public static ProblemException noSuchSummit() {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such summit."));
    }
}
