package uk.nhs.patientsafety.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A published event payload. Topic, type and subject are envelope data (the topic, {@code ce_type} and the record
 * key / {@code ce_subject}), never part of the JSON payload.
 */
public interface ContractEvent {

    @JsonIgnore
    String topic();

    @JsonIgnore
    String type();

    /** The aggregate id: the Kafka key, so that one aggregate's events stay in order on one partition. */
    @JsonIgnore
    String subject();
}
