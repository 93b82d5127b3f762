package uk.nhs.patientsafety.incident.write.incident;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.incident.events.Framework;
import uk.nhs.patientsafety.incident.events.Status;
import uk.nhs.patientsafety.web.ActionCodes;

/**
 * What may be done to an incident, who may do it, and in which framework and status (DOMAIN §3.6). One table for
 * the aggregate's guard, the {@code 409} that names the allowed actions, and the REST authorisation.
 */
public enum Action {
    REGRADE_HARM(Party.PROVIDER, null),
    INVOLVE_ORGANISATIONS(Party.PROVIDER, null),
    // SIF 2015
    DECLARE_SERIOUS_INCIDENT(Party.PROVIDER, Framework.SIF2015, Status.REPORTED),
    LOG_ON_STEIS(Party.PROVIDER, Framework.SIF2015, Status.SI_DECLARED),
    SUBMIT_INITIAL_REVIEW(Party.PROVIDER, Framework.SIF2015, Status.SI_LOGGED),
    REQUEST_DOWNGRADE(Party.PROVIDER, Framework.SIF2015, Status.INITIAL_REVIEW_SUBMITTED),
    AGREE_DOWNGRADE(Party.COMMISSIONER, Framework.SIF2015, Status.DOWNGRADE_REQUESTED),
    REFUSE_DOWNGRADE(Party.COMMISSIONER, Framework.SIF2015, Status.DOWNGRADE_REQUESTED),
    SET_INVESTIGATION_LEVEL(Party.PROVIDER, Framework.SIF2015, Status.INITIAL_REVIEW_SUBMITTED),
    COMMISSION_INDEPENDENT_INVESTIGATION(
            Party.COMMISSIONER, Framework.SIF2015, Status.UNDER_INVESTIGATION, Status.CLOCK_STOP_REQUESTED),
    // Stop-the-clock is by agreement (DOMAIN §3.2): the provider asks, the lead commissioner agrees or refuses.
    REQUEST_CLOCK_STOP(Party.PROVIDER, Framework.SIF2015, Status.UNDER_INVESTIGATION),
    AGREE_CLOCK_STOP(Party.COMMISSIONER, Framework.SIF2015, Status.CLOCK_STOP_REQUESTED),
    REFUSE_CLOCK_STOP(Party.COMMISSIONER, Framework.SIF2015, Status.CLOCK_STOP_REQUESTED),
    RESTART_CLOCK(Party.EITHER, Framework.SIF2015, Status.CLOCK_STOPPED),
    AGREE_EXTENSION(Party.COMMISSIONER, Framework.SIF2015, Status.UNDER_INVESTIGATION, Status.CLOCK_STOP_REQUESTED),
    SUBMIT_REPORT(Party.PROVIDER, Framework.SIF2015, Status.UNDER_INVESTIGATION, Status.CLOCK_STOP_REQUESTED),
    REQUEST_FURTHER_INFORMATION(Party.COMMISSIONER, Framework.SIF2015, Status.AWAITING_ASSURANCE),
    CLOSE(Party.COMMISSIONER, Framework.SIF2015, Status.AWAITING_ASSURANCE),
    REOPEN(Party.EITHER, Framework.SIF2015, Status.CLOSED),
    // PSIRF 2022
    CHOOSE_LEARNING_RESPONSE(Party.PROVIDER, Framework.PSIRF2022, Status.REPORTED),
    AGREE_TIMEFRAME(Party.PROVIDER, Framework.PSIRF2022, Status.RESPONSE_CHOSEN),
    AGREE_FINDINGS(Party.PROVIDER, Framework.PSIRF2022, Status.LEARNING_RESPONSE_IN_PROGRESS, Status.AWAITING_EXTERNAL),
    AGREE_SAFETY_ACTIONS(Party.PROVIDER, Framework.PSIRF2022, Status.FINDINGS_AGREED),
    CLOSE_LEARNING_RESPONSE(Party.PROVIDER, Framework.PSIRF2022, Status.SAFETY_ACTIONS_AGREED);

    /** Who acts: the provider's patient safety team, the commissioning ICB, or either. */
    public enum Party {
        PROVIDER,
        COMMISSIONER,
        EITHER
    }

    private final Party party;
    private final Framework framework;
    private final Set<Status> from;

    /** {@code framework} null with no statuses: allowed in either framework and every status but downgraded. */
    Action(Party party, Framework framework, Status... from) {
        this.party = party;
        this.framework = framework;
        this.from = from.length == 0 ? EnumSet.complementOf(EnumSet.of(Status.DOWNGRADED)) : EnumSet.of(from[0], from);
    }

    public Party party() {
        return party;
    }

    public boolean allowed(String incidentFramework, Status status) {
        return (framework == null || framework.code().equals(incidentFramework)) && from.contains(status);
    }

    /** The wire name, e.g. {@code declare-serious-incident}. */
    public String code() {
        return ActionCodes.of(this);
    }

    public static Optional<Action> fromCode(String code) {
        return ActionCodes.parse(Action.class, code);
    }

    public static List<String> allowedIn(String framework, Status status) {
        return ActionCodes.allowed(Action.class, action -> action.allowed(framework, status));
    }
}
