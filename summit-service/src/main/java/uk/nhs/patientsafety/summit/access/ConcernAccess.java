package uk.nhs.patientsafety.summit.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.patientsafety.summit.events.ConcernEvents.QualityConcernRaised;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;

/**
 * Who may see and do what with a quality concern (issue 12, DOMAIN §9): the organisation that raised it and the
 * provider's commissioners (lead or responsible) see it in full, description included; the commissioners' quality
 * leads screen, escalate and close it. Nobody else sees it, not even that it exists — the provider included, since a
 * concern may come from its own staff or patients.
 */
@ApplicationScoped
public class ConcernAccess {

    /** Who may raise a concern: any organisation's lead role (a viewer or an operator may not). */
    public static final Set<String> RAISING_ROLES = Set.of(
            Roles.PROVIDER_PATIENT_SAFETY_LEAD,
            Roles.ICB_QUALITY_LEAD,
            Roles.NHSE_REGIONAL,
            Roles.NHSE_NATIONAL,
            Roles.CQC_INSPECTOR);

    /** What access needs to know about a concern. */
    public record Subject(String concernId, String providerOds, String raisedByOds) {}

    @Inject
    Relationships relationships;

    @Inject
    Histories histories;

    public ConcernAccess() {}

    public ConcernAccess(Relationships relationships) {
        this.relationships = relationships;
    }

    public boolean maySee(Caller caller, Subject concern) {
        boolean raiser = caller.isOrganisation(concern.raisedByOds()) && anyOrganisationRole(caller);
        return raiser || relationships.isCommissioner(caller, concern.providerOds());
    }

    public boolean mayAct(Caller caller, Subject concern) {
        return relationships.isCommissionerQualityLead(caller, concern.providerOds());
    }

    public boolean mayRaise(Caller caller) {
        return caller.org() != null && RAISING_ROLES.stream().anyMatch(caller::hasRole);
    }

    /** 404 when the concern does not exist or the caller may not see it; 403 when they may see but not act. */
    public Subject authoriseAction(Caller caller, String concernId, String actionCode) {
        Subject concern = subject(concernId).orElseThrow(ConcernAccess::noSuchConcern);
        if (mayAct(caller, concern)) {
            return concern;
        }
        if (!maySee(caller, concern)) {
            throw noSuchConcern();
        }
        throw new ProblemException(Problem.of(
                Response.Status.FORBIDDEN,
                "'" + actionCode + "' is for a quality lead of the provider's lead or responsible commissioner."));
    }

    /** The concern as the event store has it now. */
    public Optional<Subject> subject(String concernId) {
        return histories.of(concernId).stream()
                .filter(QualityConcernRaised.class::isInstance)
                .map(QualityConcernRaised.class::cast)
                .findFirst()
                .map(raised -> new Subject(raised.concernId(), raised.providerOds(), raised.raisedByOds()));
    }

    /** A list's limits: concerns raised by {@code raisedBy}, or about any of {@code providers}. */
    public record Scope(String raisedBy, Set<String> providers) {}

    public Scope scope(Caller caller) {
        Set<String> providers = new TreeSet<>();
        if (caller.org() != null && Relationships.any(caller, Relationships.ICB_ROLES)) {
            providers.addAll(relationships.providersCommissionedBy(caller.org()));
        }
        return new Scope(caller.org() != null && anyOrganisationRole(caller) ? caller.org() : null, providers);
    }

    private static boolean anyOrganisationRole(Caller caller) {
        return caller.roles().stream().anyMatch(role -> !role.equals(Roles.PLATFORM_ADMIN));
    }

    public static ProblemException noSuchConcern() {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such concern."));
    }
}
