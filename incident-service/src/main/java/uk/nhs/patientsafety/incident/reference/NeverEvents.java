package uk.nhs.patientsafety.incident.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.reference.ReferenceFiles;

/** The Never Events list as versioned reference data (DOMAIN §10.6), keyed by LFPSE never-event-type code. */
@ApplicationScoped
public class NeverEvents {

    public static final String DATA_FILE = "reference/never-events.json";

    private final String version;
    private final Map<String, String> namesByCode;

    public NeverEvents() {
        this(ReferenceFiles.readResource(DATA_FILE));
    }

    private NeverEvents(JsonNode data) {
        this.version = ReferenceFiles.requiredText(data, "version");
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode type : data.required("types")) {
            names.put(ReferenceFiles.requiredText(type, "code"), ReferenceFiles.requiredText(type, "name"));
        }
        this.namesByCode = Collections.unmodifiableMap(names);
    }

    public static NeverEvents fromJson(InputStream json) {
        return new NeverEvents(ReferenceFiles.read(json));
    }

    public String version() {
        return version;
    }

    public boolean isKnown(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(code).map(namesByCode::get);
    }

    /** Codes in list order. */
    public Set<String> codes() {
        return namesByCode.keySet();
    }
}
