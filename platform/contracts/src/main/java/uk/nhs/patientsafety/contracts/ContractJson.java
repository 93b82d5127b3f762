package uk.nhs.patientsafety.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON mapping of contract payloads, the same for producers and consumers. */
public final class ContractJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Consumers tolerate fields added by a backward-compatible producer change.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ContractJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
