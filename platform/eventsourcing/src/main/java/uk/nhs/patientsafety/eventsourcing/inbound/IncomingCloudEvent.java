package uk.nhs.patientsafety.eventsourcing.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.ContractJson;
import uk.nhs.patientsafety.contracts.InvalidCloudEventException;

/**
 * A consumed Kafka record read as a CloudEvent. A record without valid CloudEvents headers or with a payload that
 * does not parse throws {@link InvalidCloudEventException}; the consumer nacks it and SmallRye sends it to the
 * channel's dead-letter topic ({@code failure-strategy=dead-letter-queue}).
 */
public record IncomingCloudEvent(CloudEventAttributes attributes, String json) {

    public static IncomingCloudEvent of(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new InvalidCloudEventException("Not a Kafka record"));
        return new IncomingCloudEvent(CloudEvents.fromHeaders(kafka.getHeaders()), message.getPayload());
    }

    public String id() {
        return attributes.id();
    }

    public String type() {
        return attributes.type();
    }

    public <T> T payload(Class<T> type) {
        try {
            return ContractJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidCloudEventException("Payload of " + attributes.type() + " " + attributes.id()
                    + " is not a valid " + type.getSimpleName());
        }
    }
}
