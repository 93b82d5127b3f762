package uk.nhs.patientsafety.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.testing.KafkaBrokerProcess;
import uk.nhs.patientsafety.testing.LocalHost;
import uk.nhs.patientsafety.testing.PostgresDatabase;
import uk.nhs.patientsafety.testing.TestTokens;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * The incident service's capacity, measured on the packaged service running as its own process (as deployed),
 * against a fresh PostgreSQL database and a Kafka broker process, with a raw PostgreSQL baseline in the same run.
 * Not part of the test suite (the name does not end in Test); the command and figures are in docs/benchmarks.md.
 */
class IncidentServiceBenchmark {

    private static final int REPORTS_1 = Integer.getInteger("benchmark.reports-1", 3000);
    private static final int REPORTS_8 = Integer.getInteger("benchmark.reports-8", 16000);
    private static final int KAFKA_RATE = Integer.getInteger("benchmark.kafka-rate", 200);
    private static final int KAFKA_REPORTS = Integer.getInteger("benchmark.kafka-reports", 3000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = TestTokens.issue(TestUser.providerReporter("RT5"));
    private final StringBuilder report = new StringBuilder();
    private String base;

    @Test
    void measure() throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    "Package the service first: ./mvnw -pl incident-service -am install -DskipTests");
        }
        try (PostgresDatabase db = PostgresDatabase.create("incident_bench");
                KafkaBrokerProcess kafka = new KafkaBrokerProcess()) {
            kafka.start();
            int port = LocalHost.freePort();
            base = "http://127.0.0.1:" + port;
            Process service = start(jar, port, db, kafka.bootstrapServers());
            try {
                awaitReady();
                line("| What | n | throughput | p50 | p99 |");
                line("|---|---|---|---|---|");
                load(8, 2000, null); // warm-up, not reported
                Result one = load(1, REPORTS_1, null);
                row("REST report, 1 client", one);
                // The same requests refused by validation: HTTP, token and JSON without any storage.
                row("REST report refused by validation, 1 client", refused(REPORTS_1));
                RssSampler rss = new RssSampler(service.pid());
                Result eight = load(8, REPORTS_8, rss);
                rss.stop();
                row("REST report, 8 clients", eight);
                Result insert1 = inserts(db, 1, REPORTS_1);
                row("baseline: PostgreSQL single-row insert, 1 client", insert1);
                Result insert8 = inserts(db, 8, REPORTS_8);
                row("baseline: PostgreSQL single-row insert, 8 clients", insert8);
                line("");
                line(String.format(
                        Locale.ROOT,
                        "Ratio REST/insert throughput: 1 client %.2f, 8 clients %.2f",
                        one.throughput() / insert1.throughput(),
                        eight.throughput() / insert8.throughput()));
                line(String.format(
                        Locale.ROOT,
                        "Service RSS under the 8-client load: max %d MB, median %d MB",
                        rss.maxMb(),
                        rss.medianMb()));
                Result toKafka = reportToKafka(kafka.bootstrapServers());
                line(String.format(
                        Locale.ROOT,
                        "Report-to-Kafka at %d reports/s: n %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                        KAFKA_RATE,
                        toKafka.n(),
                        toKafka.p50(),
                        toKafka.p99(),
                        toKafka.max()));
                rebuild(db);
            } finally {
                service.destroy();
                service.waitFor(20, TimeUnit.SECONDS);
            }
        }
        System.out.println("\n==== incident-service benchmark ====\n" + report);
        Files.writeString(Path.of("target/incident-benchmark.md"), report.toString());
    }

    private Process start(Path jar, int port, PostgresDatabase db, String kafka) throws IOException {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms32m",
                "-Xmx192m",
                "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl(),
                "-Dquarkus.datasource.username=" + PostgresDatabase.user(),
                "-Dquarkus.datasource.password=" + PostgresDatabase.password(),
                "-Dkafka.bootstrap.servers=" + kafka,
                "-Dplatform.patients.master-key=" + Base64.getEncoder().encodeToString(master),
                "-Dquarkus.log.level=WARN"));
        if (Boolean.getBoolean("benchmark.jfr")) {
            // A profile of the service under load, for `jfr print` (-Dbenchmark.jfr=true).
            command.add("-XX:StartFlightRecording=filename=target/incident-benchmark.jfr,settings="
                    + System.getProperty("benchmark.jfr.settings", "profile"));
        }
        // Trust the benchmark's token key, exactly as the test profile does.
        Map<String, String> oidc = Map.of(
                "quarkus.oidc.auth-server-url",
                "",
                "quarkus.oidc.discovery-enabled",
                "false",
                "quarkus.oidc.public-key",
                TestTokens.publicKey(),
                "quarkus.oidc.token.issuer",
                TestTokens.ISSUER);
        oidc.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/incident-benchmark-service.log").toFile())
                .start();
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service did not become ready; see target/incident-benchmark-service.log");
    }

    /** {@code total} reports from {@code clients} closed-loop clients; latency per request in milliseconds. */
    private Result load(int clients, int total, RssSampler rss) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (next.getAndIncrement() < total) {
                    String reference = "BENCH-" + UUID.randomUUID();
                    long sent = System.nanoTime();
                    int status = post(reference);
                    latencies.add((System.nanoTime() - sent) / 1e6);
                    if (status != 201) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " reports failed");
        }
        return Result.of(latencies, total / seconds);
    }

    private Result refused(int total) {
        List<Double> latencies = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long sent = System.nanoTime();
            if (post("BENCH-" + UUID.randomUUID(), "incident", "not-a-kind") != 400) {
                throw new IllegalStateException("A refused report was not refused");
            }
            latencies.add((System.nanoTime() - sent) / 1e6);
        }
        return Result.of(latencies, total / ((System.nanoTime() - start) / 1e9));
    }

    private int post(String reference) {
        return post(reference, "incident", "incident");
    }

    private int post(String reference, String kindToReplace, String kind) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/incidents"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", reference)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            body(reference).replace("\"kind\":\"" + kindToReplace + "\"", "\"kind\":\"" + kind + "\"")))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String body(String reference) {
        LocalDate occurred = LocalDate.now().minusDays(2);
        return """
                {"providerOds":"RT5","providerReference":"%s","revision":1,"kind":"incident",
                 "occurredOn":"%s","identifiedAt":"%sT10:00:00Z",
                 "description":"Patient given a second dose of enoxaparin on the ward; noticed at handover.",
                 "immediateActions":"Reviewed by the registrar; monitoring increased.","nearMiss":false,
                 "patients":[{"nhsNumber":"9434765919","name":"Test Patient","dateOfBirth":"1950-03-14",
                              "physicalHarm":"4","psychologicalHarm":"4"}]}"""
                .formatted(reference, occurred, occurred.plusDays(1));
    }

    /** The baseline: durable single-row inserts (autocommit, fsync on) by {@code clients} JDBC connections. */
    private Result inserts(PostgresDatabase db, int clients, int total) throws Exception {
        try (Connection connection = connect(db);
                Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, payload text NOT NULL)");
        }
        AtomicInteger next = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>(total));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                try (Connection connection = connect(db);
                        PreparedStatement insert =
                                connection.prepareStatement("INSERT INTO bench_insert (payload) VALUES (?)")) {
                    while (next.getAndIncrement() < total) {
                        long sent = System.nanoTime();
                        insert.setString(1, body("INSERT"));
                        insert.executeUpdate();
                        latencies.add((System.nanoTime() - sent) / 1e6);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return Result.of(latencies, total / ((System.nanoTime() - start) / 1e9));
    }

    /** Open-loop reports at a steady rate; the time from sending each to its IncidentReported arriving on Kafka. */
    private Result reportToKafka(String bootstrap) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean consuming = new AtomicBoolean(true);
        AtomicBoolean assigned = new AtomicBoolean();
        Thread consumer = new Thread(() -> {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG,
                    "bench-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "latest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                    StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                    StringDeserializer.class.getName()))) {
                kafka.subscribe(List.of(Topics.INCIDENT_EVENTS));
                while (consuming.get()) {
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(50))) {
                        long now = System.nanoTime();
                        JsonNode payload = JSON.readTree(record.value());
                        Long sent =
                                sentAt.remove(payload.path("providerReference").asText());
                        if (sent != null) {
                            latencies.add((now - sent) / 1e6);
                        }
                    }
                    if (!kafka.assignment().isEmpty()) {
                        assigned.set(true);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        consumer.start();
        while (!assigned.get()) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        long interval = TimeUnit.SECONDS.toNanos(1) / KAFKA_RATE;
        long start = System.nanoTime();
        for (int i = 0; i < KAFKA_REPORTS; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            String reference = "KAFKA-" + UUID.randomUUID();
            senders.submit(() -> {
                sentAt.put(reference, System.nanoTime());
                post(reference);
            });
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!sentAt.isEmpty() && System.nanoTime() < wait) {
            Thread.sleep(100);
        }
        consuming.set(false);
        consumer.join();
        // The first tenth warms the path up and is not counted.
        List<Double> counted = latencies.subList(Math.min(latencies.size(), KAFKA_REPORTS / 10), latencies.size());
        return Result.of(new ArrayList<>(counted), KAFKA_RATE);
    }

    /** Replays the whole event store into the read model through the admin endpoint and times it. */
    private void rebuild(PostgresDatabase db) throws Exception {
        long events;
        long incidents;
        try (Connection connection = connect(db);
                Statement query = connection.createStatement()) {
            events = single(query, "SELECT count(*) FROM domain_event_entry");
            incidents = single(query, "SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry");
        }
        String admin = TestTokens.issue(TestUser.platformAdmin());
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(
                HttpRequest.newBuilder(URI.create(base + "/admin/read-models/incident.incidents/rebuild"))
                        .header("Authorization", "Bearer " + admin)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("Rebuild refused: " + accepted.statusCode() + " " + accepted.body());
        }
        try (Connection connection = connect(db);
                Statement query = connection.createStatement()) {
            while (true) {
                HttpResponse<String> status = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/admin/read-models/incident.incidents"))
                                .header("Authorization", "Bearer " + admin)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                boolean caughtUp = JSON.readTree(status.body()).path("caughtUp").asBoolean();
                if (caughtUp && single(query, "SELECT count(*) FROM incident_view") == incidents) {
                    break;
                }
                Thread.sleep(20);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line(String.format(
                Locale.ROOT,
                "Read-model rebuild: %d events (%d incidents) in %.2f s = %.0f events/s",
                events,
                incidents,
                seconds,
                events / seconds));
    }

    private static long single(Statement query, String sql) throws Exception {
        try (ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection connect(PostgresDatabase db) throws Exception {
        return DriverManager.getConnection(db.jdbcUrl(), PostgresDatabase.user(), PostgresDatabase.password());
    }

    private void row(String what, Result result) {
        line(String.format(
                Locale.ROOT,
                "| %s | %d | %.0f /s | %.2f ms | %.2f ms |",
                what,
                result.n(),
                result.throughput(),
                result.p50(),
                result.p99()));
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    record Result(int n, double throughput, double p50, double p99, double max) {
        static Result of(List<Double> latencies, double throughput) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(
                    sorted.size(),
                    throughput,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
        }

        private static double percentile(List<Double> sorted, double p) {
            return sorted.isEmpty()
                    ? Double.NaN
                    : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
        }
    }

    /** Samples the service process's resident set size from /proc every 100 ms. */
    static final class RssSampler {
        private final List<Long> samples = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        RssSampler(long pid) {
            thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                            if (line.startsWith("VmRSS:")) {
                                samples.add(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                            }
                        }
                        Thread.sleep(100);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        long maxMb() {
            return samples.stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        long medianMb() {
            List<Long> sorted = new ArrayList<>(samples);
            Collections.sort(sorted);
            return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        }
    }
}
