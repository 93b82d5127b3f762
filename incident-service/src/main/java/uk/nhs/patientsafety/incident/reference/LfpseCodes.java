package uk.nhs.patientsafety.incident.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.nhs.patientsafety.reference.ReferenceFiles;

/** LFPSE code lists used at intake (DOMAIN §10.5): outcome types, risk themes and risk imminence. */
@ApplicationScoped
public class LfpseCodes {

    public static final String DATA_FILE = "reference/lfpse-codes.json";

    private final String version;
    private final Map<String, String> outcomeTypes;
    private final Map<String, String> riskThemes;
    private final Map<String, String> riskImminence;

    public LfpseCodes() {
        this(ReferenceFiles.readResource(DATA_FILE));
    }

    private LfpseCodes(JsonNode data) {
        this.version = ReferenceFiles.requiredText(data, "version");
        this.outcomeTypes = codeList(data, "outcomeTypes");
        this.riskThemes = codeList(data, "riskThemes");
        this.riskImminence = codeList(data, "riskImminence");
    }

    public static LfpseCodes fromJson(InputStream json) {
        return new LfpseCodes(ReferenceFiles.read(json));
    }

    public String version() {
        return version;
    }

    public boolean isOutcomeType(String code) {
        return code != null && outcomeTypes.containsKey(code);
    }

    public boolean isRiskTheme(String code) {
        return code != null && riskThemes.containsKey(code);
    }

    /** {@code yes | no | unknown}: is death or severe harm imminent. */
    public boolean isRiskImminence(String code) {
        return code != null && riskImminence.containsKey(code);
    }

    /** Codes in list order, e.g. for error messages. */
    public Set<String> outcomeTypes() {
        return outcomeTypes.keySet();
    }

    public Set<String> riskThemes() {
        return riskThemes.keySet();
    }

    public Set<String> riskImminence() {
        return riskImminence.keySet();
    }

    private static Map<String, String> codeList(JsonNode data, String list) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (JsonNode entry : data.required(list)) {
            codes.put(ReferenceFiles.requiredText(entry, "code"), ReferenceFiles.requiredText(entry, "name"));
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("LFPSE code list '" + list + "' is empty");
        }
        return Collections.unmodifiableMap(codes);
    }
}
