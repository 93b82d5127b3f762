package uk.nhs.patientsafety.summit.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.summit.events.EscalationEvents.*;
import uk.nhs.patientsafety.summit.reference.Direction;
import uk.nhs.patientsafety.summit.shared.SummitConfig;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;

/**
 * Who may see and do what with an escalation (issue 12, DOMAIN §9): the raiser and every recipient it has reached in
 * full; the NHS England region every escalation in its region; national teams those that reached national. Nobody
 * else learns it exists. The current recipient acknowledges and answers; the raiser acknowledges the feedback.
 */
@ApplicationScoped
public class EscalationAccess {

    public record Subject(
            String escalationId,
            String providerOds,
            String region,
            String raisedByOds,
            String raisedToOds,
            Set<String> recipients) {}

    @Inject
    Relationships relationships;

    @Inject
    Histories histories;

    @Inject
    SummitConfig config;

    public boolean maySee(Caller caller, Subject escalation) {
        if (caller.org() == null || caller.roles().stream().allMatch(Roles.PLATFORM_ADMIN::equals)) {
            return false;
        }
        return caller.isOrganisation(escalation.raisedByOds())
                || escalation.recipients().contains(caller.org())
                || caller.hasRole(Roles.NHSE_REGIONAL)
                        && caller.region() != null
                        && caller.region().equals(escalation.region())
                || caller.hasRole(Roles.NHSE_NATIONAL)
                        && escalation.recipients().contains(config.nationalOds());
    }

    public boolean isRaiser(Caller caller, Subject escalation) {
        return caller.isOrganisation(escalation.raisedByOds())
                && SummitAccess.LEAD_ROLES.stream().anyMatch(caller::hasRole);
    }

    public boolean isRecipient(Caller caller, Subject escalation) {
        return caller.isOrganisation(escalation.raisedToOds())
                && caller.hasAnyRole(Roles.ICB_QUALITY_LEAD, Roles.NHSE_REGIONAL, Roles.NHSE_NATIONAL);
    }

    /** Checks the caller may raise in {@code direction} about the provider; the path it will climb, first level first. */
    public List<Step> pathFor(Caller caller, Direction direction, String providerOds) {
        boolean may =
                switch (direction) {
                    case PROVIDER_TO_ICB ->
                        caller.hasRole(Roles.PROVIDER_PATIENT_SAFETY_LEAD) && caller.isOrganisation(providerOds);
                    case ICB_TO_REGION -> relationships.isCommissionerQualityLead(caller, providerOds);
                    case REGION_TO_NATIONAL -> relationships.isRegionOf(caller, providerOds);
                };
        if (!may) {
            throw new ProblemException(Problem.of(
                    Response.Status.FORBIDDEN,
                    "Escalations go up one level: a provider's patient safety lead to its lead commissioner, a"
                            + " commissioner's quality lead to the region, the region to national."));
        }
        List<Step> path = new ArrayList<>();
        for (Direction level = direction; level != null; level = level.next().orElse(null)) {
            String recipient =
                    switch (level) {
                        case PROVIDER_TO_ICB ->
                            relationships.leadCommissionerOf(providerOds).orElse(null);
                        case ICB_TO_REGION ->
                            relationships.regionOf(providerOds).orElse(null);
                        case REGION_TO_NATIONAL -> config.nationalOds();
                    };
            if (recipient != null) {
                path.add(new Step(level.code(), recipient));
            }
        }
        return path;
    }

    public Subject authoriseAction(
            Caller caller, String escalationId, boolean raiserMay, boolean recipientMay, String code) {
        Subject escalation = subject(escalationId).orElseThrow(EscalationAccess::noSuchEscalation);
        if (raiserMay && isRaiser(caller, escalation) || recipientMay && isRecipient(caller, escalation)) {
            return escalation;
        }
        if (!maySee(caller, escalation)) {
            throw noSuchEscalation();
        }
        throw new ProblemException(Problem.of(
                Response.Status.FORBIDDEN,
                "'" + code + "' is for the "
                        + (raiserMay && recipientMay ? "raiser or the recipient" : raiserMay ? "raiser" : "recipient")
                        + " of the escalation."));
    }

    public Optional<Subject> subject(String escalationId) {
        List<Object> history = histories.of(escalationId);
        EscalationRaised raised = history.stream()
                .filter(EscalationRaised.class::isInstance)
                .map(EscalationRaised.class::cast)
                .findFirst()
                .orElse(null);
        if (raised == null) {
            return Optional.empty();
        }
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(raised.raisedToOds());
        String current = raised.raisedToOds();
        for (Object event : history) {
            if (event instanceof EscalationReEscalated up) {
                recipients.add(up.raisedToOds());
                current = up.raisedToOds();
            }
        }
        return Optional.of(new Subject(
                escalationId, raised.providerOds(), raised.region(), raised.raisedByOds(), current, recipients));
    }

    /** A list's limits: the caller's organisation as raiser or recipient, its region, or national. */
    public record Scope(String org, String region, String nationalOds) {}

    public Scope scope(Caller caller) {
        if (caller.org() == null || caller.roles().stream().allMatch(Roles.PLATFORM_ADMIN::equals)) {
            return new Scope("", "", "");
        }
        return new Scope(
                caller.org(),
                caller.hasRole(Roles.NHSE_REGIONAL) && caller.region() != null ? caller.region() : "",
                caller.hasRole(Roles.NHSE_NATIONAL) ? config.nationalOds() : "");
    }

    public static ProblemException noSuchEscalation() {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such escalation."));
    }
}
