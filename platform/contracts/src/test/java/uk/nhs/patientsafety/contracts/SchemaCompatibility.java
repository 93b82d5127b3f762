package uk.nhs.patientsafety.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds changes to a published schema that would break an existing consumer: a property removed or retyped, a new
 * required field, an enum value removed, a field that may be null no longer allowed to be. Additions pass.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {}

    static List<String> breakingChanges(JsonNode baseline, JsonNode current) {
        List<String> problems = new ArrayList<>();
        JsonNode oldProperties = baseline.path("properties");
        JsonNode newProperties = current.path("properties");
        oldProperties.fieldNames().forEachRemaining(name -> {
            if (!newProperties.has(name)) {
                problems.add("property '" + name + "' was removed");
            } else {
                compareProperty(name, oldProperties.get(name), newProperties.get(name), problems);
            }
        });
        Set<String> required = texts(current.path("required"));
        required.removeAll(texts(baseline.path("required")));
        required.forEach(name -> problems.add("property '" + name + "' became required"));
        return problems;
    }

    private static void compareProperty(String name, JsonNode before, JsonNode after, List<String> problems) {
        if (nullable(before) && !nullable(after)) {
            problems.add("property '" + name + "' may no longer be null");
        }
        JsonNode oldShape = shape(before);
        JsonNode newShape = shape(after);
        if (!oldShape.path("type").equals(newShape.path("type"))) {
            problems.add("property '" + name + "' changed type from " + oldShape.path("type") + " to "
                    + newShape.path("type"));
        }
        Set<String> removedValues = texts(oldShape.path("enum"));
        removedValues.removeAll(texts(newShape.path("enum")));
        if (newShape.has("enum") && !removedValues.isEmpty()) {
            problems.add("property '" + name + "' lost enum values " + removedValues);
        }
        if (!oldShape.has("enum") && newShape.has("enum")) {
            problems.add("property '" + name + "' was restricted to an enum");
        }
    }

    /** The non-null alternative of an {@code anyOf: [X, {type: null}]}, or the property itself. */
    private static JsonNode shape(JsonNode property) {
        for (JsonNode alternative : property.path("anyOf")) {
            if (!"null".equals(alternative.path("type").asText())) {
                return alternative;
            }
        }
        return property;
    }

    private static boolean nullable(JsonNode property) {
        for (JsonNode alternative : property.path("anyOf")) {
            if ("null".equals(alternative.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
