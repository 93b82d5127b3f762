package uk.nhs.patientsafety.eventsourcing.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.InvalidCloudEventException;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.eventsourcing.EventSourcingConfig;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * What waits on a consumed topic's dead-letter topic, and its replay. Progress is the committed offset of a consumer
 * group of its own ({@code platform.eventsourcing.dead-letters.replay-group}) on the dead-letter topic: a replay
 * resends each record once, and a second replay only what was dead-lettered since.
 *
 * <p>A replayed record goes back to its original topic (header {@code dead-letter-topic}, else the dead-letter
 * topic's name without {@code .dlq}) with its original key, value and headers, CloudEvents ones included, so that
 * consumers still de-duplicate it by {@code ce_id}; SmallRye's {@code dead-letter-*} headers are left off, so that a
 * record dead-lettered again carries only its new reason. A record without valid CloudEvents headers is skipped:
 * every consumer would dead-letter it again.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** The headers SmallRye's dead-letter queue adds. */
    public static final String REASON = "dead-letter-reason";

    public static final String ORIGINAL_TOPIC = "dead-letter-topic";
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";

    /** {@code <context>.<stream>.v<N>} (BRIEF §3). */
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*\\.v[1-9][0-9]*");

    private static final Pattern CHANNEL_TOPIC =
            Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+|\"[^\"]+\")\\.(topic|topics)");

    /** One record waiting on a dead-letter topic: where it is, what it is and why it is there; never its payload. */
    public record Entry(
            int partition, long offset, String ceType, String ceId, String reason, Instant deadLetteredAt) {}

    /** What waits on {@code deadLetterTopic} and has not been replayed; {@code records} lists the first of them. */
    public record Waiting(String topic, String deadLetterTopic, long count, List<Entry> records) {}

    /** The outcome of one replay. */
    public record Replayed(String topic, String deadLetterTopic, int replayed, int skipped) {}

    @Inject
    EventSourcingConfig config;

    @Inject
    Config mpConfig;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    Optional<String> applicationName;

    /** The consumed topics of this service (channel → topic) and their dead-letter topics. */
    public Map<String, String> consumedTopics() {
        Map<String, String> deadLetterTopics = new TreeMap<>();
        for (String name : mpConfig.getPropertyNames()) {
            Matcher matcher = CHANNEL_TOPIC.matcher(name);
            if (!matcher.matches()) {
                continue;
            }
            String channel = matcher.group(1);
            Optional<String> deadLetter = mpConfig.getOptionalValue(
                    "mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class);
            for (String topic : mpConfig.getValue(name, String.class).split(",")) {
                String trimmed = topic.trim();
                if (!trimmed.isEmpty()) {
                    deadLetterTopics.putIfAbsent(trimmed, deadLetter.orElse(Topics.deadLetter(trimmed)));
                }
            }
        }
        return deadLetterTopics;
    }

    public synchronized Waiting waiting(String topic) {
        String deadLetterTopic = deadLetterTopicOf(topic);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Unreplayed unreplayed = unreplayed(consumer, deadLetterTopic);
            List<Entry> entries = unreplayed.records.stream()
                    .limit(config.deadLetters().listLimit())
                    .map(DeadLetters::entry)
                    .toList();
            return new Waiting(topic, deadLetterTopic, unreplayed.count, entries);
        }
    }

    public synchronized Replayed replay(String topic) {
        String deadLetterTopic = deadLetterTopicOf(topic);
        Duration timeout = config.deadLetters().kafkaTimeout();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
                KafkaProducer<byte[], byte[]> producer = producer()) {
            Unreplayed unreplayed = unreplayed(consumer, deadLetterTopic);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            int replayed = 0;
            int skipped = 0;
            try {
                for (ConsumerRecord<byte[], byte[]> record : unreplayed.records) {
                    String original = originalTopic(record, deadLetterTopic);
                    if (!original.equals(topic) || !readable(record.headers())) {
                        LOG.infof(
                                "dead-letter replay skipped topic=%s dlq=%s partition=%d offset=%d reason=%s",
                                topic,
                                deadLetterTopic,
                                record.partition(),
                                record.offset(),
                                original.equals(topic)
                                        ? "no valid CloudEvents headers"
                                        : "dead-lettered from " + original);
                        skipped++;
                    } else {
                        Future<RecordMetadata> sent = producer.send(new ProducerRecord<>(
                                topic, null, record.key(), record.value(), withoutDeadLetterHeaders(record.headers())));
                        sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                        replayed++;
                    }
                    done.put(
                            new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
            } catch (ExecutionException | TimeoutException e) {
                throw new ProblemException(Problem.of(
                        Response.Status.SERVICE_UNAVAILABLE,
                        "Kafka did not take a replayed record; " + replayed + " were replayed, run the replay again."));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while replaying " + deadLetterTopic, e);
            } finally {
                if (!done.isEmpty()) {
                    consumer.commitSync(done, timeout);
                }
            }
            LOG.infof(
                    "dead-letter replay topic=%s dlq=%s replayed=%d skipped=%d",
                    topic, deadLetterTopic, replayed, skipped);
            return new Replayed(topic, deadLetterTopic, replayed, skipped);
        }
    }

    /** The dead-letter topic of a consumed topic: 400 for a name that is not a topic's, 404 for one not consumed. */
    String deadLetterTopicOf(String topic) {
        String deadLetterTopic = consumedTopics().get(topic);
        if (deadLetterTopic != null) {
            return deadLetterTopic;
        }
        if (topic == null || !TOPIC_NAME.matcher(topic).matches()) {
            throw new ProblemException(Problem.of(
                    Response.Status.BAD_REQUEST, "Not a topic name: topics are named <context>.<stream>.v<N>."));
        }
        throw new ProblemException(
                Problem.of(Response.Status.NOT_FOUND, "This service consumes no topic " + topic + "."));
    }

    private record Unreplayed(long count, List<ConsumerRecord<byte[], byte[]>> records) {}

    /** The records of {@code deadLetterTopic} from the replay group's committed offsets up to the present end. */
    private Unreplayed unreplayed(KafkaConsumer<byte[], byte[]> consumer, String deadLetterTopic) {
        Duration timeout = config.deadLetters().kafkaTimeout();
        List<PartitionInfo> infos = consumer.partitionsFor(deadLetterTopic, timeout);
        if (infos == null || infos.isEmpty()) {
            return new Unreplayed(0, List.of());
        }
        List<TopicPartition> partitions = infos.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed =
                consumer.committed(new java.util.HashSet<>(partitions), timeout);
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, timeout);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        Map<TopicPartition, Long> remaining = new LinkedHashMap<>();
        long count = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata mark = committed.get(partition);
            long start = Math.max(mark == null ? 0 : mark.offset(), beginning.get(partition));
            consumer.seek(partition, start);
            if (start < end.get(partition)) {
                remaining.put(partition, end.get(partition));
                count += end.get(partition) - start;
            }
        }
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!remaining.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                Long until = remaining.get(partition);
                if (until != null && record.offset() < until) {
                    records.add(record);
                }
            }
            remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
        if (!remaining.isEmpty()) {
            throw new ProblemException(Problem.of(
                    Response.Status.SERVICE_UNAVAILABLE,
                    "Kafka did not deliver all of " + deadLetterTopic + " in time; try again."));
        }
        records.sort(Comparator.<ConsumerRecord<byte[], byte[]>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return new Unreplayed(count, records);
    }

    private static Entry entry(ConsumerRecord<byte[], byte[]> record) {
        return new Entry(
                record.partition(),
                record.offset(),
                first(record.headers(), CloudEvents.TYPE),
                first(record.headers(), CloudEvents.ID),
                first(record.headers(), REASON),
                Instant.ofEpochMilli(record.timestamp()));
    }

    private static String originalTopic(ConsumerRecord<byte[], byte[]> record, String deadLetterTopic) {
        String original = first(record.headers(), ORIGINAL_TOPIC);
        if (original != null) {
            return original;
        }
        return deadLetterTopic.endsWith(".dlq")
                ? deadLetterTopic.substring(0, deadLetterTopic.length() - ".dlq".length())
                : deadLetterTopic;
    }

    private static boolean readable(Headers headers) {
        try {
            CloudEventAttributes ignored = CloudEvents.fromHeaders(headers);
            return true;
        } catch (InvalidCloudEventException e) {
            return false;
        }
    }

    private static Headers withoutDeadLetterHeaders(Headers headers) {
        RecordHeaders kept = new RecordHeaders();
        for (Header header : headers) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                kept.add(header);
            }
        }
        return kept;
    }

    /**
     * The first header of that name: SmallRye writes its {@code dead-letter-*} headers before the record's own, so
     * the first is the latest reason even on a record dead-lettered before.
     */
    private static String first(Headers headers, String name) {
        for (Header header : headers.headers(name)) {
            return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
        return null;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                replayGroup(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName()));
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                "true",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class.getName()));
    }

    private String replayGroup() {
        return config.deadLetters().replayGroup().orElse(applicationName.orElse("service") + ".dead-letter-replay");
    }
}
