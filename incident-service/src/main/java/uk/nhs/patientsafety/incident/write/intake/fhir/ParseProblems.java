package uk.nhs.patientsafety.incident.write.intake.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.nhs.patientsafety.web.Problem.FieldError;

/**
 * HAPI's strict parsing, but collecting every problem instead of stopping at the first ({@code StrictErrorHandler}
 * throws), so a provider sees all its mistakes in one answer. Local references to missing contained resources are left
 * to {@link AdverseEventMapper}, which knows which element holds them and answers 422.
 */
final class ParseProblems implements IParserErrorHandler {

    private static final String ROOT = "AdverseEvent";

    private final JsonLocations locations;
    private final List<FieldError> errors = new ArrayList<>();

    ParseProblems(JsonLocations locations) {
        this.locations = locations;
    }

    List<FieldError> errors() {
        return errors;
    }

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    static String withoutHapiCode(String message) {
        return message == null ? "cannot be parsed" : message.replaceAll("HAPI-\\d+: ", "");
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
        add(locations.claim(elementName, ROOT + "." + elementName), "is not a known element here");
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
        unknownElement(location, attributeName);
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        String element = elementName(location);
        add(locations.claim(element, value, ROOT + "." + element), withoutHapiCode(error));
    }

    @Override
    public void incorrectJsonType(
            IParseLocation location,
            String elementName,
            ValueType expected,
            ScalarType expectedScalar,
            ValueType found,
            ScalarType foundScalar) {
        add(
                locations.claim(elementName, ROOT + "." + elementName),
                "must be a JSON " + describe(expected, expectedScalar) + ", not " + describe(found, foundScalar));
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {
        add(ROOT + "." + elementName, "is required");
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        add(locations.claim(elementName, ROOT + "." + elementName), "must be a single value, not an array");
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        add(ROOT + ".contained", "every contained resource needs an id to be referenced by");
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        add(ROOT + ".extension", "an extension has either a value or nested extensions, not both");
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        // Checked by the mapper where it matters (location, subject), with the referring element named.
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        // As unknownReference.
    }

    private static String elementName(IParseLocation location) {
        return location == null || location.getParentElementName() == null
                ? "(unknown)"
                : location.getParentElementName();
    }

    private static String describe(ValueType type, ScalarType scalar) {
        if (type == null) {
            return "value";
        }
        return (type == ValueType.SCALAR && scalar != null ? scalar : type)
                .name()
                .toLowerCase(Locale.ROOT);
    }
}
