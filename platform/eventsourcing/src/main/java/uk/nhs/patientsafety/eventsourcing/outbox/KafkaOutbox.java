package uk.nhs.patientsafety.eventsourcing.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.ContractJson;

/** Sends contract events to Kafka as CloudEvents in binary mode, keyed by aggregate id, on the event's own topic. */
@ApplicationScoped
public class KafkaOutbox {

    static final String CHANNEL = "platform-outbox";

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** Completes when the broker has acknowledged the record (acks=all), or exceptionally when it could not. */
    public CompletableFuture<Void> send(ContractEvent event, String json, String eventId, Instant occurredAt) {
        CloudEventAttributes attributes =
                new CloudEventAttributes(eventId, event.type(), "/" + applicationName, event.subject(), occurredAt);
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic())
                .withKey(event.subject())
                .withHeaders(CloudEvents.toHeaders(attributes))
                .build();
        CompletableFuture<Void> acked = new CompletableFuture<>();
        emitter.send(Message.of(
                json,
                Metadata.of(record),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }

    /** The event as JSON; an {@link IllegalArgumentException} when it cannot be written (poison). */
    static String json(ContractEvent event) {
        try {
            return ContractJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Contract event " + event.type() + " cannot be written as JSON", e);
        }
    }
}
