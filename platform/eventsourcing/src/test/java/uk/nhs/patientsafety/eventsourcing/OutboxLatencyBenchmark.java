package uk.nhs.patientsafety.eventsourcing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents;
import uk.nhs.patientsafety.eventsourcing.counter.CounterPublishedEvents;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;

/**
 * Append-to-Kafka latency of the outbox at a steady rate, against a baseline measured in the same run: a plain
 * producer sending straight to the same broker with the same settings (acks=all, idempotent). Not part of the test
 * suite (the name does not end in Test); run it with the command in docs/benchmarks.md.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class OutboxLatencyBenchmark {

    private static final int RATE_PER_SECOND = Integer.getInteger("benchmark.rate", 200);
    private static final int EVENTS = Integer.getInteger("benchmark.events", 3000);
    private static final int WARM_UP = 300;

    @Inject
    CommandGateway commands;

    @Test
    void appendToKafkaLatency() throws Exception {
        String counter = "bench-" + UUID.randomUUID();
        commands.sendAndWait(new CounterEvents.OpenCounter(counter, "benchmark"));

        List<Long> outbox = measure(
                CounterPublishedEvents.TOPIC,
                counter,
                value -> commands.sendAndWait(new CounterEvents.Increment(counter)));

        String baselineTopic = "bench.baseline.v1";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                1,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName()))) {
            List<Long> baseline = measure(
                    baselineTopic,
                    counter,
                    value -> producer.send(new ProducerRecord<>(baselineTopic, counter, "{\"value\":" + value + "}")));
            report(outbox, baseline);
        }
    }

    /** Sends {@link #EVENTS} at a steady rate; returns send-to-receive latencies in microseconds after warm-up. */
    private List<Long> measure(String topic, String key, java.util.function.IntConsumer send) throws Exception {
        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);

            Thread sender = new Thread(() -> {
                long interval = TimeUnit.SECONDS.toNanos(1) / RATE_PER_SECOND;
                long next = System.nanoTime();
                for (int i = 1; i <= EVENTS; i++) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    sentAt.put(i, System.nanoTime());
                    send.accept(i);
                    next += interval;
                }
            });
            sender.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENTS / RATE_PER_SECOND + 60);
            int received = 0;
            while (received < EVENTS && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    if (!key.equals(record.key())) {
                        continue;
                    }
                    int value = Integer.parseInt(record.value().replaceAll(".*\"value\":(\\d+).*", "$1"));
                    // The outbox publishes the counter's new value, which is the send index; the baseline sends it.
                    Long sent = sentAt.get(value);
                    if (sent != null && value > WARM_UP) {
                        latencies.add(TimeUnit.NANOSECONDS.toMicros(now - sent));
                    }
                    received++;
                }
            }
            sender.join();
        }
        return latencies;
    }

    private static void report(List<Long> outbox, List<Long> baseline) {
        String line = String.format(
                "outbox append->Kafka at %d/s: n=%d p50=%.1fms p99=%.1fms max=%.1fms | baseline direct produce->consume: n=%d p50=%.1fms p99=%.1fms | p50 ratio %.1fx",
                RATE_PER_SECOND,
                outbox.size(),
                percentile(outbox, 50),
                percentile(outbox, 99),
                percentile(outbox, 100),
                baseline.size(),
                percentile(baseline, 50),
                percentile(baseline, 99),
                percentile(outbox, 50) / percentile(baseline, 50));
        System.out.println("BENCHMARK " + line);
    }

    private static double percentile(List<Long> micros, int p) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
