package uk.nhs.patientsafety.incident.write.intake.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds where in the body a key HAPI complains about sits. HAPI's parse errors name only the element, and often not
 * even its parent, so we look the key up in the JSON tree, in document order: HAPI reports in the same order, so the
 * n-th complaint about a key is matched to the n-th occurrence not yet claimed. Best effort: if a valid element of the
 * same name comes first, that one is named.
 */
final class JsonLocations {

    private record Member(String key, String path, String scalar) {}

    private final List<Member> members = new ArrayList<>();
    private final boolean[] claimed;

    JsonLocations(JsonNode resource, String rootName) {
        collect(resource, rootName);
        claimed = new boolean[members.size()];
    }

    /** The path of the next unclaimed member named {@code key}, or {@code fallback} if there is none. */
    String claim(String key, String fallback) {
        return claim(key, null, fallback);
    }

    /** As {@link #claim(String, String)}, but only members whose scalar value reads {@code scalar}, if given. */
    String claim(String key, String scalar, String fallback) {
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (!claimed[i]
                    && member.key().equals(key)
                    && (scalar == null || Objects.equals(member.scalar(), scalar))) {
                claimed[i] = true;
                return member.path();
            }
        }
        return fallback;
    }

    private void collect(JsonNode node, String path) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String childPath = path + "." + field.getKey();
                JsonNode value = field.getValue();
                members.add(new Member(field.getKey(), childPath, value.isValueNode() ? value.asText() : null));
                collect(value, childPath);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                if (element.isValueNode()) {
                    // A repeating primitive, e.g. "given": ["Ann", 7]: HAPI reports the element name with each value.
                    String key = path.substring(path.lastIndexOf('.') + 1);
                    members.add(new Member(key, path + "[" + i + "]", element.asText()));
                }
                collect(element, path + "[" + i + "]");
            }
        }
    }
}
