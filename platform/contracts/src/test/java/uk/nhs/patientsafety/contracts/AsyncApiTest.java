package uk.nhs.patientsafety.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document cannot drift from the topic catalogue and the event catalogue. */
class AsyncApiTest {

    private final Map<String, Object> document = load();

    @Test
    void isAsyncApi3() {
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
    }

    @Test
    void hasAChannelForEveryTopicAndItsDeadLetterTopicAndNothingElse() {
        Set<String> expected = new TreeSet<>(Topics.all());
        Topics.all().forEach(topic -> expected.add(Topics.deadLetter(topic)));

        Set<String> addresses = channels().values().stream()
                .map(channel -> (String) channel.get("address"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(addresses).isEqualTo(expected);
    }

    @Test
    void eachTopicsChannelCarriesExactlyItsCataloguedEvents() {
        for (Map<String, Object> channel : channels().values()) {
            String topic = (String) channel.get("address");
            Set<String> documented = new TreeSet<>();
            messages(channel)
                    .values()
                    .forEach(ref -> documented.add(ref.get("$ref").replace("#/components/messages/", "")));
            Set<String> catalogued = ContractCatalogue.entries().stream()
                    .filter(e -> e.topic().equals(topic))
                    .map(ContractCatalogue.Entry::type)
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(documented).as(topic).isEqualTo(catalogued);
        }
    }

    @Test
    void everyMessagePointsAtItsSchemaFile() {
        Map<String, Map<String, Object>> messages = component("messages");
        assertThat(messages.keySet())
                .containsExactlyInAnyOrderElementsOf(ContractCatalogue.entries().stream()
                        .map(ContractCatalogue.Entry::type)
                        .toList());
        for (ContractCatalogue.Entry entry : ContractCatalogue.entries()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> payload =
                    (Map<String, Object>) messages.get(entry.type()).get("payload");
            @SuppressWarnings("unchecked")
            String ref = ((Map<String, String>) payload.get("schema")).get("$ref");
            assertThat(ref).isEqualTo(entry.schemaPath());
            assertThat(Resources.exists(ref)).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> channels() {
        return (Map<String, Map<String, Object>>) document.get("channels");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> messages(Map<String, Object> channel) {
        Object messages = channel.get("messages");
        return messages == null ? Map.of() : (Map<String, Map<String, String>>) messages;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> component(String name) {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get(name);
    }

    private static Map<String, Object> load() {
        try (InputStream in = AsyncApiTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            return new Yaml().load(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
