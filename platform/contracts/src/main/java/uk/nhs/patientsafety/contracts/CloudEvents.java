package uk.nhs.patientsafety.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 in Kafka binary mode: the attributes travel as {@code ce_*} headers and the record value is the
 * JSON payload. The record key is the aggregate id, which is also {@code ce_subject}.
 */
public final class CloudEvents {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    /** {@code <context>.<EventName>.v<N>}, e.g. {@code incident.SeriousIncidentDeclared.v1}. */
    private static final Pattern TYPE_FORMAT = Pattern.compile("[a-z][a-z-]*\\.[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*");

    private CloudEvents() {}

    public static String type(String context, String eventName, int version) {
        String type = context + "." + eventName + ".v" + version;
        if (!TYPE_FORMAT.matcher(type).matches()) {
            throw new IllegalArgumentException("Not a valid event type: " + type);
        }
        return type;
    }

    public static boolean isValidType(String type) {
        return TYPE_FORMAT.matcher(type).matches();
    }

    public static Headers toHeaders(CloudEventAttributes attributes) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPEC_VERSION, SPEC_VERSION_VALUE);
        add(headers, ID, attributes.id());
        add(headers, TYPE, attributes.type());
        add(headers, SOURCE, attributes.source());
        add(headers, SUBJECT, attributes.subject());
        add(headers, TIME, attributes.time().toString());
        add(headers, CONTENT_TYPE, JSON);
        return headers;
    }

    public static CloudEventAttributes fromHeaders(Headers headers) {
        String specVersion = text(headers, SPEC_VERSION);
        if (!SPEC_VERSION_VALUE.equals(specVersion)) {
            throw new InvalidCloudEventException("Unsupported " + SPEC_VERSION + ": " + specVersion);
        }
        String time = text(headers, TIME);
        try {
            return new CloudEventAttributes(
                    text(headers, ID),
                    text(headers, TYPE),
                    text(headers, SOURCE),
                    text(headers, SUBJECT),
                    Instant.parse(time));
        } catch (DateTimeParseException e) {
            throw new InvalidCloudEventException("Header " + TIME + " is not an ISO-8601 instant: " + time);
        }
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new InvalidCloudEventException("Header " + name + " is missing");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
