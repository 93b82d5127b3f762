package uk.nhs.patientsafety.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft broker inside the test JVM, started once and shared by every test class of the run
 * (it starts in 1–2 s; a JVM shutdown hook stops it).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = startCluster();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::stopQuietly, "kafka-test-broker-stop"));
        }
        return cluster.bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        String servers = bootstrapServers();
        return Map.of(
                "kafka.bootstrap.servers", servers, "mp.messaging.connector.smallrye-kafka.bootstrap.servers", servers);
    }

    @Override
    public void stop() {
        // Shared by the whole run: stopped at JVM exit.
    }

    private static KafkaClusterTestKit startCluster() {
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the in-process Kafka broker", e);
        }
    }

    private static synchronized void stopQuietly() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception ignored) {
            // The JVM is exiting.
        }
    }
}
