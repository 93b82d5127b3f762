package uk.nhs.patientsafety.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body. {@code errors} lists one entry per invalid field, so a client can show every
 * mistake at once; {@code extensions} carries problem-specific members (e.g. the allowed actions for a 409).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPES = "https://patient-safety.nhs.uk/problems/";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    public record FieldError(String field, String message) {}

    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(URI.create("about:blank"), title, status, detail, null, List.of(), Map.of());
    }

    /** A problem with its own type URI, e.g. {@code problem("illegal-transition", 409, ...)}. */
    public static Problem typed(String type, int status, String title, String detail) {
        return new Problem(URI.create(TYPES + type), title, status, detail, null, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), extensions);
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, errors, Map.copyOf(more));
    }

    public Problem at(URI requestPath) {
        return new Problem(type, title, status, detail, requestPath, errors, extensions);
    }

    /** Problem-specific members are written at the top level, as RFC 9457 §3.2 asks. */
    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }

    /**
     * The response, with the body already written: handed an object, REST would pick a JSON writer by the resource's
     * {@code @Produces} and label the answer {@code application/json} instead of {@code application/problem+json}.
     */
    public Response toResponse() {
        try {
            return Response.status(status)
                    .type(PROBLEM_JSON)
                    .entity(JSON.writeValueAsString(this))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }
}
