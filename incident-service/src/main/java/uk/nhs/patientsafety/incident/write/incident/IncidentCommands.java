package uk.nhs.patientsafety.incident.write.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.patientsafety.incident.events.IncidentEvents.IncidentContent;
import uk.nhs.patientsafety.incident.events.IncidentEvents.RiskAssessment;

/**
 * Commands to the incident aggregate. Each carries {@code at}, the moment the caller asked, so that every clock is
 * computed from the request's time and the aggregate never reads a clock itself; {@code by} is the acting
 * organisation's ODS code where the event records it.
 */
public final class IncidentCommands {

    private IncidentCommands() {}

    /** A lifecycle command: it names its incident, when it was asked and the action it is. */
    public sealed interface LifecycleCommand {
        String incidentId();

        Instant at();

        Action action();
    }

    public record ReportIncident(
            @TargetAggregateIdentifier String incidentId,
            String providerOds,
            String framework,
            String kind,
            String providerReference,
            int revision,
            IncidentContent content,
            List<String> involvedOrganisations,
            String coordinatingOrganisation,
            Instant at) {}

    public record UpdateIncident(
            @TargetAggregateIdentifier String incidentId,
            String kind,
            int revision,
            IncidentContent content,
            List<String> involvedOrganisations,
            String coordinatingOrganisation,
            String reason,
            Instant at) {}

    public record RegradeHarm(
            @TargetAggregateIdentifier String incidentId,
            String patientRef,
            String physicalHarm,
            String psychologicalHarm,
            String reason,
            Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REGRADE_HARM;
        }
    }

    public record InvolveOrganisations(
            @TargetAggregateIdentifier String incidentId, List<String> organisations, String coordinating, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.INVOLVE_ORGANISATIONS;
        }
    }

    public record DeclareSeriousIncident(
            @TargetAggregateIdentifier String incidentId,
            RiskAssessment riskAssessment,
            String category,
            boolean naturalCourseOfIllness,
            Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.DECLARE_SERIOUS_INCIDENT;
        }
    }

    public record LogOnSteis(@TargetAggregateIdentifier String incidentId, String logNumber, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.LOG_ON_STEIS;
        }
    }

    public record SubmitInitialReview(@TargetAggregateIdentifier String incidentId, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.SUBMIT_INITIAL_REVIEW;
        }
    }

    public record RequestDowngrade(@TargetAggregateIdentifier String incidentId, String rationale, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REQUEST_DOWNGRADE;
        }
    }

    public record AgreeDowngrade(@TargetAggregateIdentifier String incidentId, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.AGREE_DOWNGRADE;
        }
    }

    public record RefuseDowngrade(@TargetAggregateIdentifier String incidentId, String by, String reason, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REFUSE_DOWNGRADE;
        }
    }

    public record SetInvestigationLevel(@TargetAggregateIdentifier String incidentId, String level, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.SET_INVESTIGATION_LEVEL;
        }
    }

    public record CommissionIndependentInvestigation(
            @TargetAggregateIdentifier String incidentId, String by, LocalDate commissionedOn, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.COMMISSION_INDEPENDENT_INVESTIGATION;
        }
    }

    public record RequestClockStop(
            @TargetAggregateIdentifier String incidentId, String reasonCode, String note, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REQUEST_CLOCK_STOP;
        }
    }

    public record AgreeClockStop(
            @TargetAggregateIdentifier String incidentId, String by, LocalDate reviewOn, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.AGREE_CLOCK_STOP;
        }
    }

    public record RefuseClockStop(@TargetAggregateIdentifier String incidentId, String by, String reason, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REFUSE_CLOCK_STOP;
        }
    }

    public record RestartClock(@TargetAggregateIdentifier String incidentId, Instant at) implements LifecycleCommand {
        public Action action() {
            return Action.RESTART_CLOCK;
        }
    }

    public record AgreeExtension(
            @TargetAggregateIdentifier String incidentId, LocalDate reportDue, String by, String reason, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.AGREE_EXTENSION;
        }
    }

    public record SubmitReport(@TargetAggregateIdentifier String incidentId, Instant at) implements LifecycleCommand {
        public Action action() {
            return Action.SUBMIT_REPORT;
        }
    }

    public record RequestFurtherInformation(@TargetAggregateIdentifier String incidentId, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REQUEST_FURTHER_INFORMATION;
        }
    }

    public record CloseSeriousIncident(@TargetAggregateIdentifier String incidentId, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.CLOSE;
        }
    }

    public record ReopenSeriousIncident(@TargetAggregateIdentifier String incidentId, String reason, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REOPEN;
        }
    }

    public record ChooseLearningResponse(
            @TargetAggregateIdentifier String incidentId, String responseType, String externalBody, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.CHOOSE_LEARNING_RESPONSE;
        }
    }

    public record AgreeTimeframe(@TargetAggregateIdentifier String incidentId, LocalDate targetDate, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.AGREE_TIMEFRAME;
        }
    }

    public record AgreeFindings(@TargetAggregateIdentifier String incidentId, Instant at) implements LifecycleCommand {
        public Action action() {
            return Action.AGREE_FINDINGS;
        }
    }

    public record AgreeSafetyActions(@TargetAggregateIdentifier String incidentId, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.AGREE_SAFETY_ACTIONS;
        }
    }

    public record CloseLearningResponse(@TargetAggregateIdentifier String incidentId, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.CLOSE_LEARNING_RESPONSE;
        }
    }
}
