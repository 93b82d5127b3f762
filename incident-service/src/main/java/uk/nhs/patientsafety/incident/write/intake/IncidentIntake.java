package uk.nhs.patientsafety.incident.write.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.idempotency.IdempotentRequests;
import uk.nhs.patientsafety.eventsourcing.patients.PatientVault;
import uk.nhs.patientsafety.incident.access.IncidentAccess;
import uk.nhs.patientsafety.incident.events.IncidentEvents.IncidentContent;
import uk.nhs.patientsafety.incident.events.IncidentEvents.PatientRecord;
import uk.nhs.patientsafety.incident.events.PatientIdentity;
import uk.nhs.patientsafety.incident.events.Status;
import uk.nhs.patientsafety.incident.reference.FrameworkAdoptions;
import uk.nhs.patientsafety.incident.write.incident.Action;
import uk.nhs.patientsafety.incident.write.incident.CommandResult;
import uk.nhs.patientsafety.incident.write.incident.Incident;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.ReportIncident;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.UpdateIncident;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.identifiers.NhsNumber;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * Takes a provider's report — from JSON or FHIR alike — and turns it into a new incident or a newer revision of one:
 * validated first (nothing is stored when anything is wrong), authorised for the caller's own organisation, safe to
 * retry with an {@code Idempotency-Key}, and ordered by the provider's own reference and revision. The reference
 * row, the idempotency record, the patient keys and the events commit together.
 */
@ApplicationScoped
public class IncidentIntake {

    @Inject
    ReportValidator validator;

    @Inject
    IncidentAccess access;

    @Inject
    FrameworkAdoptions frameworks;

    @Inject
    PatientVault vault;

    @Inject
    ProviderReferences references;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    AuditedCommands commands;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The HTTP status, the incident and the body, exactly as a retry will get them again. */
    public IdempotentRequests.Answer report(
            Caller caller, String idempotencyKey, String requestId, ReportIncidentRequest request) {
        Instant now = clock.instant();
        List<Problem.FieldError> errors = validator.validate(request, now);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.typed(
                            "invalid-report",
                            400,
                            "Invalid report",
                            "The report has invalid fields; nothing was stored.")
                    .withErrors(errors));
        }
        if (!access.mayReport(caller, request.providerOds())) {
            throw new ProblemException(Problem.of(
                    Response.Status.FORBIDDEN,
                    "You may report incidents only for your own organisation, as a provider reporter or patient"
                            + " safety lead."));
        }
        String hash = IdempotentRequests.hash(json, request);
        // A concurrent request with the same key or provider reference that wins the race is answered as a retry.
        return idempotentRequests.once(
                request.providerOds(), idempotencyKey, hash, () -> reportOnce(caller, requestId, request, now));
    }

    private IdempotentRequests.Answer reportOnce(
            Caller caller, String requestId, ReportIncidentRequest request, Instant now) {
        String ods = request.providerOds();
        String newId = UUID.randomUUID().toString();
        // Most reports are new: claim the reference first (one round trip), and look for the existing record only
        // when it is taken. A concurrent claim of the same reference waits here for the first to commit.
        boolean claimed = references.claim(
                new ProviderReferences.Entry(ods, request.providerReference(), newId, request.revision()));
        Optional<ProviderReferences.Entry> existing =
                claimed ? Optional.empty() : references.lockByReference(ods, request.providerReference());
        // Patients are sealed once the incident is known: one without an NHS number is named by their place in it.
        String incidentId = claimed ? newId : existing.orElseThrow().incidentId();
        List<PatientRecord> patients = seal(request, incidentId);
        IncidentContent content = content(request, patients);
        IdempotentRequests.Answer outcome;
        if (claimed) {
            String id = newId;
            String framework =
                    frameworks.frameworkFor(ods, now.atZone(England.ZONE).toLocalDate());
            commands.send(
                    new ReportIncident(
                            id,
                            ods,
                            framework,
                            request.kind(),
                            request.providerReference(),
                            request.revision(),
                            content,
                            orEmpty(request.involvedOrganisations()),
                            request.coordinatingOrganisation(),
                            now),
                    caller,
                    requestId);
            Status status = Incident.declaredAtReporting(framework, content) ? Status.SI_DECLARED : Status.REPORTED;
            CommandResult created = new CommandResult(
                    id, ods, framework, request.kind(), status.code(), Action.allowedIn(framework, status), List.of());
            outcome = new IdempotentRequests.Answer(201, id, receipt(created, request, patients));
        } else {
            ProviderReferences.Entry entry = existing.orElseThrow();
            if (request.revision() <= entry.revision()) {
                throw new ProblemException(Problem.typed(
                                "stale-revision",
                                409,
                                "Stale revision",
                                "Revision " + request.revision() + " of " + request.providerReference()
                                        + " is not newer than the stored revision " + entry.revision() + ".")
                        .with("incidentId", entry.incidentId())
                        .with("storedRevision", entry.revision()));
            }
            references.updateRevision(
                    new ProviderReferences.Entry(ods, entry.reference(), entry.incidentId(), request.revision()));
            CommandResult updated = commands.send(
                    new UpdateIncident(
                            entry.incidentId(),
                            request.kind(),
                            request.revision(),
                            content,
                            orEmpty(request.involvedOrganisations()),
                            request.coordinatingOrganisation(),
                            request.revisionReason(),
                            now),
                    caller,
                    requestId);
            outcome = new IdempotentRequests.Answer(200, entry.incidentId(), receipt(updated, request, patients));
        }
        return outcome;
    }

    /**
     * Seals each patient's identity. A patient with an NHS number is the same patient in every incident; one
     * without is the same patient in every revision of this incident by their place in the report, so that a
     * worsening of their harm is recognised (and a Duty of Candour re-screen raised) in a later revision.
     */
    private List<PatientRecord> seal(ReportIncidentRequest request, String incidentId) {
        List<ReportIncidentRequest.Patient> listed = orEmpty(request.patients());
        List<PatientRecord> patients = new java.util.ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            ReportIncidentRequest.Patient patient = listed.get(i);
            String nhsNumber = patient.nhsNumber() == null
                    ? null
                    : NhsNumber.normalise(patient.nhsNumber()).orElse(patient.nhsNumber());
            PatientIdentity identity = new PatientIdentity(nhsNumber, patient.name(), patient.dateOfBirth());
            PatientVault.SealedPatient sealed =
                    nhsNumber != null ? vault.seal(nhsNumber, identity) : vault.sealInRecord(incidentId, i, identity);
            patients.add(new PatientRecord(
                    sealed.ref(),
                    sealed.sealedIdentity(),
                    ageBand(patient.dateOfBirth(), request.occurredOn()),
                    patient.physicalHarm(),
                    patient.psychologicalHarm()));
        }
        return patients;
    }

    private static IncidentContent content(ReportIncidentRequest request, List<PatientRecord> patients) {
        ReportIncidentRequest.Risk risk = request.risk();
        return new IncidentContent(
                request.occurredOn(),
                request.identifiedAt(),
                request.description(),
                request.immediateActions(),
                Boolean.TRUE.equals(request.nearMiss()),
                request.neverEventType(),
                patients,
                request.outcomeType(),
                risk == null ? null : risk.theme(),
                risk == null ? null : risk.imminent(),
                request.goodCare(),
                request.nationalRequirement());
    }

    /** An age band rather than a date of birth is what pseudonymised views show (DOMAIN §9 "P"). */
    static String ageBand(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null) {
            return null;
        }
        int age = Period.between(dateOfBirth, on).getYears();
        if (age < 1) {
            return "under-1";
        }
        if (age < 18) {
            return age < 5 ? "1-4" : age < 12 ? "5-11" : "12-17";
        }
        if (age >= 85) {
            return "85+";
        }
        int decade = age < 25 ? 18 : (age / 10) * 10;
        int upper = decade == 18 ? 24 : decade + 9;
        return decade + "-" + upper;
    }

    private String receipt(CommandResult result, ReportIncidentRequest request, List<PatientRecord> patients) {
        try {
            return json.writeValueAsString(new IncidentReceipt(
                    result.id(),
                    result.providerOds(),
                    request.providerReference(),
                    request.revision(),
                    result.framework(),
                    result.kind(),
                    result.status(),
                    patients.stream().map(PatientRecord::ref).toList(),
                    result.allowedActions(),
                    result.deadlines()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
