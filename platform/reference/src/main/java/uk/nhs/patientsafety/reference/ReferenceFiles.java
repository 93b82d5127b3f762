package uk.nhs.patientsafety.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the versioned JSON reference files shipped under {@code reference/} on the classpath. */
public final class ReferenceFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceFiles() {}

    /** Reads a classpath resource such as {@code reference/never-events.json}; missing data is a packaging bug. */
    public static JsonNode readResource(String resource) {
        try (InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the classpath: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + resource, e);
        }
    }

    public static JsonNode read(InputStream json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("reference data is not valid JSON", e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("reference data is not valid JSON", e);
        }
    }

    /** A required text member; a file without it is broken, so fail loudly at start-up. */
    public static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException("reference data lacks the text member '" + field + "' in " + node);
        }
        return value.asText();
    }
}
