package uk.nhs.patientsafety.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Published schemas evolve only backward-compatibly. The baseline ({@code src/test/resources/compat-baseline}) is
 * the last published copy: after a compatible change, copy the schema over it; an incompatible change needs a new
 * {@code .v2} event instead.
 */
class SchemaCompatibilityTest {

    private static final String SCHEMA =
            """
            {"type":"object","required":["id","level"],"properties":{
              "id":{"type":"string"},
              "level":{"type":"string","enum":["L1","L2","L3"]},
              "note":{"anyOf":[{"type":"string"},{"type":"null"}]}}}""";

    @Test
    void everyPublishedSchemaIsCompatibleWithItsBaseline() {
        for (String file : Resources.jsonFilesUnder("compat-baseline")) {
            assertThat(Resources.exists("schemas/" + file))
                    .as("schema %s was removed", file)
                    .isTrue();
            assertThat(SchemaCompatibility.breakingChanges(
                            Resources.json("compat-baseline/" + file), Resources.json("schemas/" + file)))
                    .as(file)
                    .isEmpty();
        }
    }

    @Test
    void everyPublishedSchemaHasABaseline() {
        assertThat(Resources.jsonFilesUnder("compat-baseline")).containsAll(Resources.jsonFilesUnder("schemas"));
    }

    @Test
    void additionsAreCompatible() {
        assertThat(changes(SCHEMA.replace("\"L3\"]", "\"L3\",\"L4\"]")
                        .replace("\"note\":", "\"added\":{\"type\":\"string\"},\"note\":")))
                .isEmpty();
    }

    @Test
    void removingAPropertyBreaks() {
        assertThat(changes(SCHEMA.replace("\"id\":{\"type\":\"string\"},", "")
                        .replace("[\"id\",\"level\"]", "[\"level\"]")))
                .containsExactly("property 'id' was removed");
    }

    @Test
    void changingATypeBreaks() {
        assertThat(changes(SCHEMA.replace("\"id\":{\"type\":\"string\"}", "\"id\":{\"type\":\"integer\"}")))
                .containsExactly("property 'id' changed type from \"string\" to \"integer\"");
    }

    @Test
    void requiringAFieldBreaks() {
        assertThat(changes(SCHEMA.replace("[\"id\",\"level\"]", "[\"id\",\"level\",\"note\"]")))
                .contains("property 'note' became required");
    }

    @Test
    void removingAnEnumValueBreaks() {
        assertThat(changes(SCHEMA.replace(",\"L3\"]", "]"))).containsExactly("property 'level' lost enum values [L3]");
    }

    @Test
    void forbiddingNullBreaks() {
        assertThat(changes(SCHEMA.replace(
                        "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}]}", "{\"type\":\"string\"}")))
                .containsExactly("property 'note' may no longer be null");
    }

    private static java.util.List<String> changes(String current) {
        return SchemaCompatibility.breakingChanges(parse(SCHEMA), parse(current));
    }

    private static JsonNode parse(String json) {
        try {
            return ContractJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
