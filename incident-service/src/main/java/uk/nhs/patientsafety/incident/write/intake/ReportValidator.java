package uk.nhs.patientsafety.incident.write.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.patientsafety.incident.events.Kind;
import uk.nhs.patientsafety.incident.reference.HarmCodes;
import uk.nhs.patientsafety.incident.reference.LfpseCodes;
import uk.nhs.patientsafety.incident.reference.NationalResponses;
import uk.nhs.patientsafety.incident.reference.NeverEvents;
import uk.nhs.patientsafety.incident.write.intake.ReportIncidentRequest.Patient;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.identifiers.NhsNumber;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem.FieldError;

/**
 * Checks a {@link ReportIncidentRequest} and names every invalid field at once, one error per field, as a JSON path
 * such as {@code patients[0].nhsNumber}. Messages say what is expected and never repeat the value sent, which may
 * hold patient details.
 */
@ApplicationScoped
public class ReportValidator {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_PATIENTS = 100;
    static final int MAX_INVOLVED_ORGANISATIONS = 20;

    private static final String KIND_LIST = Kind.described();
    /** No one alive was born earlier: an earlier date of birth is a typing mistake (e.g. 1850 for 1950). */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final String ODS_FORMAT =
            "must be an ODS organisation code: 3 to 6 upper-case letters and digits with at least one letter,"
                    + " e.g. RT5 or A81021";
    private static final String PHYSICAL_CODES =
            "an LFPSE OT001 physical harm code: 1 (fatal), 2 (severe), 3 (moderate), 4 (low) or 5 (no physical harm)";
    private static final String PSYCHOLOGICAL_CODES = "an LFPSE OT002 psychological harm code: 1 (severe),"
            + " 2 (moderate), 3 (low) or 4 (no psychological harm)";

    private final NeverEvents neverEvents;
    private final LfpseCodes lfpseCodes;
    private final NationalResponses nationalResponses;

    /** With the shipped reference data; CDI itself uses the injecting constructor. */
    public ReportValidator() {
        this(new NeverEvents(), new LfpseCodes(), new NationalResponses());
    }

    @Inject
    public ReportValidator(NeverEvents neverEvents, LfpseCodes lfpseCodes, NationalResponses nationalResponses) {
        this.neverEvents = neverEvents;
        this.lfpseCodes = lfpseCodes;
        this.nationalResponses = nationalResponses;
    }

    public List<FieldError> validate(ReportIncidentRequest request, Instant now) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "required: a JSON object describing the event");
            return errors.toList();
        }
        LocalDate today = LocalDate.ofInstant(now, England.ZONE);
        String kind = request.kind();
        boolean knownKind = Kind.fromCode(kind).isPresent();
        boolean nearMiss = Boolean.TRUE.equals(request.nearMiss());

        checkProvider(errors, request);
        if (request.revision() == null) {
            errors.add("revision", "required: the provider's revision of this record, 1 or more");
        } else if (request.revision() < 1) {
            errors.add("revision", "must be 1 or more");
        }
        if (kind == null) {
            errors.add("kind", "required: " + KIND_LIST);
        } else if (!knownKind) {
            errors.add("kind", "must be " + KIND_LIST);
        }
        // Cross-field checks compare with these only when they are valid, so one mistake is reported once.
        LocalDate occurredOn = checkOccurredOn(errors, request.occurredOn(), today);
        checkIdentifiedAt(errors, request.identifiedAt(), occurredOn, now);
        text(errors, "description", request.description(), 4000, true);
        text(errors, "immediateActions", request.immediateActions(), 2000, false);
        text(errors, "revisionReason", request.revisionReason(), 2000, false);
        if (nearMiss && knownKind && !kind.equals("incident")) {
            errors.add("nearMiss", "only an incident can be a near miss; leave it out or set it false");
        }
        checkNeverEvent(errors, request.neverEventType(), kind, knownKind, request.identifiedAt());
        checkNationalRequirement(errors, request.nationalRequirement(), kind, knownKind, today);
        checkPatients(errors, request.patients(), occurredOn, kind, nearMiss, today);
        checkOutcomeType(errors, request.outcomeType(), kind, knownKind);
        checkRisk(errors, request.risk(), kind, knownKind);
        checkGoodCare(errors, request.goodCare(), kind, knownKind);
        checkOrganisations(errors, request);
        return errors.toList();
    }

    private static void checkProvider(FieldErrors errors, ReportIncidentRequest request) {
        if (request.providerOds() == null) {
            errors.add("providerOds", "required: the reporting provider's ODS code, e.g. RT5");
        } else if (!OdsCode.isValid(request.providerOds())) {
            errors.add("providerOds", ODS_FORMAT);
        }
        String reference = request.providerReference();
        text(errors, "providerReference", reference, 64, true);
        if (reference != null
                && (reference.indexOf('\n') >= 0 || reference.indexOf('\r') >= 0 || reference.indexOf('\t') >= 0)) {
            errors.add("providerReference", "must be printable on one line: no line breaks or tabs");
        }
    }

    /** The valid occurrence date, or null. */
    private static LocalDate checkOccurredOn(FieldErrors errors, LocalDate occurredOn, LocalDate today) {
        if (occurredOn == null) {
            errors.add("occurredOn", "required: the date the event happened, as YYYY-MM-DD");
            return null;
        }
        if (occurredOn.isAfter(today)) {
            errors.add("occurredOn", "must not be in the future (today in England is " + today + ")");
            return null;
        }
        return occurredOn;
    }

    private static void checkIdentifiedAt(FieldErrors errors, Instant identifiedAt, LocalDate occurredOn, Instant now) {
        if (identifiedAt == null) {
            return;
        }
        if (identifiedAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add("identifiedAt", "must not be in the future (more than 5 minutes after the server's clock)");
        } else if (occurredOn != null
                && identifiedAt.isBefore(occurredOn.atStartOfDay(England.ZONE).toInstant())) {
            errors.add(
                    "identifiedAt",
                    "must not be before occurredOn (UK time): an event cannot be identified" + " before it happened");
        }
    }

    private void checkNeverEvent(
            FieldErrors errors, String code, String kind, boolean knownKind, Instant identifiedAt) {
        if (code == null) {
            return;
        }
        if (knownKind && !kind.equals("incident")) {
            errors.add("neverEventType", "only allowed when kind is incident");
        } else if (!neverEvents.isKnown(code)) {
            errors.add(
                    "neverEventType",
                    "must be a Never Events list code from \"1\" to \"15\" (list " + neverEvents.version() + ")");
        } else if (identifiedAt == null) {
            // A never event is a serious incident at once, and its clocks run from identification.
            errors.add("identifiedAt", "required for a never event: when it was identified, with time and zone");
        }
    }

    private void checkNationalRequirement(
            FieldErrors errors, String requirement, String kind, boolean knownKind, LocalDate today) {
        if (requirement == null) {
            return;
        }
        if (knownKind && !kind.equals("incident")) {
            errors.add("nationalRequirement", "only allowed when kind is incident");
        } else if (!nationalResponses.isReportable(requirement, today)) {
            errors.add(
                    "nationalRequirement",
                    "must be one of " + nationalResponses.reportable(today) + " (a never event is given as"
                            + " neverEventType)");
        }
    }

    private static void checkPatients(
            FieldErrors errors,
            List<Patient> listed,
            LocalDate occurredOn,
            String kind,
            boolean nearMiss,
            LocalDate today) {
        List<Patient> patients = listed == null ? List.of() : listed;
        boolean needsPatient = "incident".equals(kind) || "outcome".equals(kind);
        if (patients.isEmpty() && needsPatient) {
            errors.add("patients", "an " + kind + " needs at least one patient");
        } else if (patients.size() > MAX_PATIENTS) {
            errors.add("patients", "must list at most " + MAX_PATIENTS + " patients (got " + patients.size() + ")");
        }
        for (int i = 0; i < patients.size(); i++) {
            String path = "patients[" + i + "]";
            Patient patient = patients.get(i);
            if (patient == null) {
                errors.add(path, "must be a patient object, not null");
                continue;
            }
            if (patient.nhsNumber() != null && !NhsNumber.isValid(patient.nhsNumber())) {
                errors.add(
                        path + ".nhsNumber",
                        "must be a 10-digit NHS number with a valid Modulus 11 check digit,"
                                + " written as 10 digits or as 3-3-4 with single spaces; leave it out if unknown");
            }
            text(errors, path + ".name", patient.name(), 200, false);
            LocalDate born = patient.dateOfBirth();
            if (born != null && born.isAfter(today)) {
                errors.add(path + ".dateOfBirth", "must not be in the future");
            } else if (born != null && occurredOn != null && born.isAfter(occurredOn)) {
                errors.add(path + ".dateOfBirth", "must not be after occurredOn");
            } else if (born != null && born.isBefore(EARLIEST_BIRTH)) {
                errors.add(path + ".dateOfBirth", "must not be before " + EARLIEST_BIRTH + ": check the date");
            }
            checkHarm(errors, path + ".physicalHarm", patient.physicalHarm(), true, kind, nearMiss);
            checkHarm(errors, path + ".psychologicalHarm", patient.psychologicalHarm(), false, kind, nearMiss);
        }
    }

    private static void checkHarm(
            FieldErrors errors, String field, String code, boolean physical, String kind, boolean nearMiss) {
        String codes = physical ? PHYSICAL_CODES : PSYCHOLOGICAL_CODES;
        if (code == null) {
            if ("incident".equals(kind)) {
                errors.add(field, "required for an incident: " + codes);
            }
        } else if ("good_care".equals(kind)) {
            errors.add(field, "must not be given for good care: good care has no harm");
        } else if (physical ? !HarmCodes.isPhysical(code) : !HarmCodes.isPsychological(code)) {
            errors.add(field, "must be " + codes);
        } else if (physical && nearMiss && !code.equals("5")) {
            errors.add(field, "must be 5 (no physical harm) when nearMiss is true: a near miss harmed nobody");
        }
    }

    private void checkOutcomeType(FieldErrors errors, String code, String kind, boolean knownKind) {
        if (code != null && knownKind && !kind.equals("outcome")) {
            errors.add("outcomeType", "only allowed when kind is outcome");
        } else if (code == null && "outcome".equals(kind)) {
            errors.add(
                    "outcomeType", "required for an outcome: one of " + String.join(", ", lfpseCodes.outcomeTypes()));
        } else if (code != null && !lfpseCodes.isOutcomeType(code)) {
            errors.add("outcomeType", "must be one of " + String.join(", ", lfpseCodes.outcomeTypes()));
        }
    }

    private void checkRisk(FieldErrors errors, ReportIncidentRequest.Risk risk, String kind, boolean knownKind) {
        if (risk != null && knownKind && !kind.equals("risk")) {
            errors.add("risk", "only allowed when kind is risk");
            return;
        }
        if (risk == null) {
            if ("risk".equals(kind)) {
                errors.add("risk", "required for a risk: an object with imminent (yes, no or unknown) and theme");
            }
            return;
        }
        String imminence = String.join(", ", lfpseCodes.riskImminence());
        if (risk.imminent() == null) {
            errors.add("risk.imminent", "required for a risk: is death or severe harm imminent, one of " + imminence);
        } else if (!lfpseCodes.isRiskImminence(risk.imminent())) {
            errors.add("risk.imminent", "must be one of " + imminence);
        }
        if (risk.theme() != null && !lfpseCodes.isRiskTheme(risk.theme())) {
            errors.add("risk.theme", "must be one of " + String.join(", ", lfpseCodes.riskThemes()));
        }
    }

    private static void checkGoodCare(FieldErrors errors, String goodCare, String kind, boolean knownKind) {
        if (goodCare != null && knownKind && !kind.equals("good_care")) {
            errors.add("goodCare", "only allowed when kind is good_care");
        } else {
            text(errors, "goodCare", goodCare, 4000, "good_care".equals(kind));
        }
    }

    private static void checkOrganisations(FieldErrors errors, ReportIncidentRequest request) {
        List<String> involved = request.involvedOrganisations() == null ? List.of() : request.involvedOrganisations();
        if (involved.size() > MAX_INVOLVED_ORGANISATIONS) {
            errors.add(
                    "involvedOrganisations",
                    "must list at most " + MAX_INVOLVED_ORGANISATIONS + " organisations (got " + involved.size() + ")");
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < involved.size(); i++) {
            String path = "involvedOrganisations[" + i + "]";
            String code = involved.get(i);
            Integer earlier = code == null ? null : firstIndex.putIfAbsent(code, i);
            if (!OdsCode.isValid(code)) {
                errors.add(path, ODS_FORMAT);
            } else if (code.equals(request.providerOds())) {
                errors.add(path, "must not be the reporting provider itself: list only the other organisations");
            } else if (earlier != null) {
                errors.add(path, "duplicates involvedOrganisations[" + earlier + "]");
            }
        }
        String coordinating = request.coordinatingOrganisation();
        if (coordinating == null) {
            return;
        }
        if (!OdsCode.isValid(coordinating)) {
            errors.add("coordinatingOrganisation", ODS_FORMAT);
        } else if (OdsCode.isValid(request.providerOds())
                && !coordinating.equals(request.providerOds())
                && !involved.contains(coordinating)) {
            errors.add("coordinatingOrganisation", "must be the reporting provider or one of involvedOrganisations");
        }
    }

    /** Length and safety of a free-text field; {@code required} also refuses blank text. */
    private static void text(FieldErrors errors, String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(
                        field,
                        (value == null ? "required" : "must not be blank") + ": plain text of up to " + maxLength
                                + " characters");
            }
            return;
        }
        errors.maxLength(field, value, maxLength);
        errors.add(field, FreeText.problem(value));
    }
}
