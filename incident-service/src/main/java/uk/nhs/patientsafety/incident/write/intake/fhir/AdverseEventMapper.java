package uk.nhs.patientsafety.incident.write.intake.fhir;

import static uk.nhs.patientsafety.incident.write.intake.fhir.AdverseEventProfile.*;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import uk.nhs.patientsafety.incident.write.intake.ReportIncidentRequest;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.web.Problem.FieldError;

/**
 * Maps an LFPSE-shaped FHIR R4 {@code AdverseEvent} (DOMAIN §11) to a {@link ReportIncidentRequest}. It checks
 * structure only; the business rules are {@code ReportValidator}'s, and {@link OperationOutcomes#fhirExpressionFor}
 * points their errors back at the FHIR input. Extension URLs are in {@link AdverseEventProfile} ({@code ext:} below
 * stands for {@value AdverseEventProfile#EXTENSION_BASE}).
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>AdverseEvent</th><th>request</th></tr>
 *   <tr><td>{@code identifier.value}</td><td>providerReference</td></tr>
 *   <tr><td>{@code meta.versionId} (digits)</td><td>revision</td></tr>
 *   <tr><td>{@code event.coding} with system {@value AdverseEventProfile#EVENT_TYPE_SYSTEM}</td><td>kind</td></tr>
 *   <tr><td>{@code date}: a date, or a dateTime whose date in Europe/London is taken</td><td>occurredOn</td></tr>
 *   <tr><td>{@code detected}: a dateTime with time and zone</td><td>identifiedAt</td></tr>
 *   <tr><td>{@code location} → contained {@code Location.managingOrganization.identifier} (system
 *       {@value AdverseEventProfile#ODS_SYSTEM})</td><td>providerOds</td></tr>
 *   <tr><td>{@code ext:description} valueString</td><td>description</td></tr>
 *   <tr><td>{@code ext:immediate-actions} valueString</td><td>immediateActions</td></tr>
 *   <tr><td>{@code ext:near-miss} valueBoolean</td><td>nearMiss</td></tr>
 *   <tr><td>{@code ext:never-event-type} valueCoding.code (1–15)</td><td>neverEventType</td></tr>
 *   <tr><td>{@code ext:national-requirement} valueCoding.code (PSIRF, DOMAIN §3.5)</td><td>nationalRequirement</td></tr>
 *   <tr><td>{@code ext:outcome-type} valueCoding.code</td><td>outcomeType</td></tr>
 *   <tr><td>{@code ext:risk} with {@code theme} and {@code imminent}, each valueCoding.code</td><td>risk</td></tr>
 *   <tr><td>{@code ext:good-care} valueString</td><td>goodCare</td></tr>
 *   <tr><td>{@code ext:involved-organisation} valueIdentifier (ODS), repeating</td><td>involvedOrganisations</td></tr>
 *   <tr><td>{@code ext:coordinating-organisation} valueIdentifier (ODS)</td><td>coordinatingOrganisation</td></tr>
 *   <tr><td>every contained {@code Patient}, in order</td><td>patients</td></tr>
 *   <tr><td>{@code Patient.identifier} with system {@value AdverseEventProfile#NHS_NUMBER_SYSTEM}</td>
 *       <td>nhsNumber</td></tr>
 *   <tr><td>{@code Patient.name[0]}: its text, or given names then family</td><td>name</td></tr>
 *   <tr><td>{@code Patient.birthDate} (full date)</td><td>dateOfBirth</td></tr>
 *   <tr><td>{@code Patient} {@code ext:patient-information} with {@code physical-harm} (OT001) and
 *       {@code psychological-harm} (OT002), each valueCoding.code</td><td>physicalHarm, psychologicalHarm</td></tr>
 * </table>
 *
 * <p>Patients keep their order in {@code contained}, so {@code patients[i]} is
 * {@code AdverseEvent.contained.ofType(Patient)[i]}; {@code subject}, if given, must point at one of them. Codings are
 * read by their code; only the event type's system is checked, because it decides which rules apply. Unknown
 * extensions are ignored, as FHIR allows; a {@code modifierExtension} is refused, as FHIR requires. References we do
 * not map ({@code recorder}, {@code suspectEntity}) are not followed.
 *
 * <p>Answers: {@link FhirRejection} 400 if the body is not JSON, not a FHIR resource, not an {@code AdverseEvent}, or
 * HAPI's strict parser rejects it (unknown element, wrong type, bad date); 422 if it parses but cannot be mapped
 * (dangling reference, {@code versionId} not a number, a date without day, an extension with the wrong value type).
 */
@ApplicationScoped
public class AdverseEventMapper {

    private static final String ROOT = "AdverseEvent";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final FhirContext fhir;

    public AdverseEventMapper() {
        this.fhir = FhirR4.context();
    }

    public ReportIncidentRequest toRequest(String fhirJson) {
        return new Mapping(parse(fhirJson)).toRequest();
    }

    private AdverseEvent parse(String fhirJson) {
        JsonNode body = readJson(fhirJson);
        if (!body.isObject()) {
            throw FhirRejection.badRequest(ROOT, "must be a JSON object holding a FHIR resource");
        }
        JsonNode resourceType = body.get("resourceType");
        if (resourceType == null || !resourceType.isTextual()) {
            throw FhirRejection.badRequest(ROOT + ".resourceType", "is missing: the body is not a FHIR resource");
        }
        if (!ROOT.equals(resourceType.asText())) {
            throw FhirRejection.badRequest(
                    ROOT + ".resourceType", "must be AdverseEvent, not " + resourceType.asText());
        }
        IParser parser = fhir.newJsonParser();
        ParseProblems problems = new ParseProblems(new JsonLocations(body, ROOT));
        parser.setParserErrorHandler(problems);
        AdverseEvent adverseEvent = null;
        try {
            adverseEvent = parser.parseResource(AdverseEvent.class, fhirJson);
        } catch (DataFormatException e) {
            problems.add(ROOT, ParseProblems.withoutHapiCode(e.getMessage()));
        }
        if (!problems.errors().isEmpty()) {
            throw new FhirRejection(FhirRejection.BAD_REQUEST, problems.errors());
        }
        return adverseEvent;
    }

    private static JsonNode readJson(String body) {
        if (body == null || body.isBlank()) {
            throw FhirRejection.badRequest(ROOT, "the body is empty");
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw FhirRejection.badRequest(ROOT, "the body is not valid JSON" + where);
        }
    }

    /** One mapping; collects every unmappable element before answering, as the validator does for fields. */
    private static final class Mapping {

        private final AdverseEvent event;
        private final List<FieldError> errors = new ArrayList<>();

        Mapping(AdverseEvent event) {
            this.event = event;
        }

        ReportIncidentRequest toRequest() {
            refuseModifierExtensions(event, ROOT);
            Extensions extensions = new Extensions(event, ROOT);
            ReportIncidentRequest request = new ReportIncidentRequest(
                    providerOds(),
                    event.hasIdentifier() ? event.getIdentifier().getValue() : null,
                    revision(),
                    kind(),
                    occurredOn(),
                    identifiedAt(),
                    extensions.string(DESCRIPTION),
                    extensions.string(IMMEDIATE_ACTIONS),
                    extensions.bool(NEAR_MISS),
                    extensions.code(NEVER_EVENT_TYPE),
                    patients(),
                    extensions.code(OUTCOME_TYPE),
                    risk(extensions),
                    extensions.string(GOOD_CARE),
                    extensions.odsCodes(INVOLVED_ORGANISATION),
                    extensions.odsCode(COORDINATING_ORGANISATION),
                    null,
                    extensions.code(NATIONAL_REQUIREMENT));
            if (!errors.isEmpty()) {
                throw new FhirRejection(FhirRejection.UNPROCESSABLE, errors);
            }
            return request;
        }

        private void error(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        private Integer revision() {
            String versionId = event.getMeta().getVersionId();
            if (versionId == null) {
                return null;
            }
            try {
                return Integer.valueOf(versionId);
            } catch (NumberFormatException e) {
                error(ROOT + ".meta.versionId", "must be a whole number (the record's revision), not " + versionId);
                return null;
            }
        }

        private String kind() {
            if (!event.hasEvent() || !event.getEvent().hasCoding()) {
                return null;
            }
            return event.getEvent().getCoding().stream()
                    .filter(coding -> EVENT_TYPE_SYSTEM.equals(coding.getSystem()))
                    .map(Coding::getCode)
                    .findFirst()
                    .orElseGet(() -> {
                        error(ROOT + ".event.coding", "needs a coding from " + EVENT_TYPE_SYSTEM);
                        return null;
                    });
        }

        private LocalDate occurredOn() {
            DateTimeType date = event.getDateElement();
            if (!date.hasValue()) {
                return null;
            }
            if (date.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
                error(ROOT + ".date", "must give at least a full date, e.g. 2026-11-20");
                return null;
            }
            if (date.getPrecision() == TemporalPrecisionEnum.DAY) {
                return LocalDate.parse(date.getValueAsString());
            }
            return date.getValue().toInstant().atZone(England.ZONE).toLocalDate();
        }

        private Instant identifiedAt() {
            DateTimeType detected = event.getDetectedElement();
            if (!detected.hasValue()) {
                return null;
            }
            if (detected.getPrecision().ordinal() <= TemporalPrecisionEnum.DAY.ordinal()) {
                error(ROOT + ".detected", "must give a time and zone, e.g. 2026-11-21T09:00:00Z");
                return null;
            }
            return detected.getValue().toInstant();
        }

        private String providerOds() {
            if (!event.hasLocation()) {
                return null;
            }
            int index = containedIndex(event.getLocation(), ROOT + ".location", "Location");
            if (index < 0) {
                return null;
            }
            Location location = (Location) event.getContained().get(index);
            String where = ROOT + ".contained[" + index + "]";
            refuseModifierExtensions(location, where);
            if (!location.getManagingOrganization().hasIdentifier()) {
                return null;
            }
            return odsCode(
                    location.getManagingOrganization().getIdentifier(), where + ".managingOrganization.identifier");
        }

        private List<ReportIncidentRequest.Patient> patients() {
            if (event.hasSubject()) {
                containedIndex(event.getSubject(), ROOT + ".subject", "Patient");
            }
            List<ReportIncidentRequest.Patient> patients = new ArrayList<>();
            List<Resource> contained = event.getContained();
            for (int i = 0; i < contained.size(); i++) {
                if (contained.get(i) instanceof Patient patient) {
                    patients.add(patient(patient, ROOT + ".contained[" + i + "]"));
                }
            }
            return patients.isEmpty() ? null : patients; // as if the field were absent from JSON
        }

        private ReportIncidentRequest.Patient patient(Patient patient, String where) {
            refuseModifierExtensions(patient, where);
            String nhsNumber = patient.getIdentifier().stream()
                    .filter(identifier -> NHS_NUMBER_SYSTEM.equals(identifier.getSystem()))
                    .map(Identifier::getValue)
                    .findFirst()
                    .orElse(null);
            LocalDate dateOfBirth = null;
            if (patient.getBirthDateElement().hasValue()) {
                if (patient.getBirthDateElement().getPrecision() == TemporalPrecisionEnum.DAY) {
                    dateOfBirth = LocalDate.parse(patient.getBirthDateElement().getValueAsString());
                } else {
                    error(where + ".birthDate", "must be a full date, e.g. 1990-05-17");
                }
            }
            Extensions information = new Extensions(patient, where).nested(PATIENT_INFORMATION, "patient-information");
            return new ReportIncidentRequest.Patient(
                    nhsNumber,
                    patient.hasName() ? name(patient.getNameFirstRep()) : null,
                    dateOfBirth,
                    information == null ? null : information.code(PHYSICAL_HARM),
                    information == null ? null : information.code(PSYCHOLOGICAL_HARM));
        }

        private static String name(HumanName name) {
            if (name.hasText()) {
                return name.getText();
            }
            String given = name.getGiven().stream().map(StringType::getValue).collect(Collectors.joining(" "));
            String full = (given + " " + (name.hasFamily() ? name.getFamily() : "")).trim();
            return full.isEmpty() ? null : full;
        }

        private ReportIncidentRequest.Risk risk(Extensions extensions) {
            Extensions risk = extensions.nested(RISK, "risk");
            return risk == null
                    ? null
                    : new ReportIncidentRequest.Risk(risk.code(RISK_THEME), risk.code(RISK_IMMINENT));
        }

        /** The index in {@code contained} that a local reference ({@code #id}) points at, or -1 after an error. */
        private int containedIndex(Reference reference, String where, String expectedType) {
            String target = reference.getReference();
            if (target == null || !target.startsWith("#")) {
                error(where, "must refer to a contained " + expectedType + " as #id");
                return -1;
            }
            List<Resource> contained = event.getContained();
            for (int i = 0; i < contained.size(); i++) {
                String id = contained.get(i).getIdElement().getIdPart();
                if (target.substring(1).equals(id) || target.equals(id)) {
                    String type = contained.get(i).fhirType();
                    if (!expectedType.equals(type)) {
                        error(where, "refers to " + target + ", a " + type + ", but must refer to a " + expectedType);
                        return -1;
                    }
                    return i;
                }
            }
            error(where, "refers to " + target + ", which is not a contained resource");
            return -1;
        }

        private String odsCode(Identifier identifier, String where) {
            if (!ODS_SYSTEM.equals(identifier.getSystem())) {
                error(where + ".system", "must be " + ODS_SYSTEM);
                return null;
            }
            return identifier.getValue();
        }

        private void refuseModifierExtensions(DomainResource resource, String where) {
            if (resource.hasModifierExtension()) {
                error(where + ".modifierExtension", "is not understood, so the resource cannot be processed safely");
            }
        }

        /** The extensions on one element, read by URL; {@code where} is that element's FHIRPath. */
        private final class Extensions {

            private final List<Extension> extensions;
            private final String where;

            Extensions(DomainResource resource, String where) {
                this(resource.getExtension(), where);
            }

            private Extensions(List<Extension> extensions, String where) {
                this.extensions = extensions;
                this.where = where;
            }

            private String path(String url) {
                return where + ".extension('" + url + "')";
            }

            /** The one extension with this URL, or null; repeating it is an error. */
            private Extension single(String url) {
                List<Extension> matching = all(url);
                if (matching.size() > 1) {
                    error(path(url), "must appear once, not " + matching.size() + " times");
                }
                return matching.isEmpty() ? null : matching.get(0);
            }

            private List<Extension> all(String url) {
                return extensions.stream().filter(e -> url.equals(e.getUrl())).toList();
            }

            private <T> T value(Extension extension, String url, Class<T> type, String valueName) {
                if (type.isInstance(extension.getValue())) {
                    return type.cast(extension.getValue());
                }
                error(path(url), "must have a " + valueName);
                return null;
            }

            String string(String url) {
                Extension extension = single(url);
                StringType value = extension == null ? null : value(extension, url, StringType.class, "valueString");
                return value == null ? null : value.getValue();
            }

            Boolean bool(String url) {
                Extension extension = single(url);
                BooleanType value = extension == null ? null : value(extension, url, BooleanType.class, "valueBoolean");
                return value == null ? null : value.getValue();
            }

            String code(String url) {
                Extension extension = single(url);
                Coding value = extension == null ? null : value(extension, url, Coding.class, "valueCoding");
                return value == null ? null : value.getCode();
            }

            String odsCode(String url) {
                Extension extension = single(url);
                Identifier value =
                        extension == null ? null : value(extension, url, Identifier.class, "valueIdentifier");
                return value == null ? null : Mapping.this.odsCode(value, path(url) + ".valueIdentifier");
            }

            List<String> odsCodes(String url) {
                List<Extension> matching = all(url);
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < matching.size(); i++) {
                    String at = path(url) + "[" + i + "]";
                    if (matching.get(i).getValue() instanceof Identifier identifier) {
                        codes.add(Mapping.this.odsCode(identifier, at + ".valueIdentifier"));
                    } else {
                        error(at, "must have a valueIdentifier");
                    }
                }
                return codes.isEmpty() ? null : codes;
            }

            /** The sub-extensions of a complex extension, or null if it is absent. */
            Extensions nested(String url, String name) {
                Extension extension = single(url);
                if (extension == null) {
                    return null;
                }
                if (extension.hasValue()) {
                    error(path(url), name + " holds sub-extensions, not a value");
                }
                return new Extensions(extension.getExtension(), path(url));
            }
        }
    }
}
