package uk.nhs.patientsafety.assurance.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.patientsafety.reference.ReferenceFiles;

/** The assurance review's vocabularies (DOMAIN §4.1), from {@code reference/review-vocabularies.json}. */
public final class Vocabularies {

    public static final String DATA_FILE = "reference/review-vocabularies.json";
    private static final JsonNode DATA = ReferenceFiles.readResource(DATA_FILE);

    public static final Set<String> REVIEW_METHODS = codes("reviewMethods");
    public static final Set<String> CHECKLIST_ANSWERS = codes("checklistAnswers");
    public static final Set<String> REFUSAL_REASONS = codes("refusalReasons");
    public static final Set<String> QUALITY_FORUMS = codes("qualityForums");
    /** Checklist item code → whether every review must answer it. */
    public static final Map<String, Boolean> CHECKLIST_ITEMS = items();

    private Vocabularies() {}

    public static List<String> requiredChecklistItems() {
        List<String> required = new ArrayList<>();
        CHECKLIST_ITEMS.forEach((item, isRequired) -> {
            if (isRequired) {
                required.add(item);
            }
        });
        return required;
    }

    public static String version() {
        return DATA.path("version").asText();
    }

    private static Set<String> codes(String field) {
        Set<String> codes = new TreeSet<>();
        DATA.required(field).forEach(code -> codes.add(code.asText()));
        return Set.copyOf(codes);
    }

    private static Map<String, Boolean> items() {
        Map<String, Boolean> items = new LinkedHashMap<>();
        DATA.required("checklistItems")
                .fields()
                .forEachRemaining(e ->
                        items.put(e.getKey(), e.getValue().required("required").asBoolean()));
        return java.util.Collections.unmodifiableMap(items);
    }
}
