package uk.nhs.patientsafety.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every published event has a schema, a record and an example, and the three agree. */
class ContractSchemasTest {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static Stream<ContractCatalogue.Entry> entries() {
        return ContractCatalogue.entries().stream();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void theExampleIsValidAgainstTheSchema(ContractCatalogue.Entry entry) {
        assertThat(errors(entry, Resources.json(entry.examplePath()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void theExampleReadsIntoTheRecordAndWritesBackUnchanged(ContractCatalogue.Entry entry) throws Exception {
        JsonNode example = Resources.json(entry.examplePath());

        ContractEvent event = ContractJson.mapper().treeToValue(example, entry.payload());
        JsonNode written = ContractJson.mapper().valueToTree(event);

        assertThat(written).isEqualTo(example);
        assertThat(errors(entry, written)).isEmpty();
        // Envelope data travels in headers and the key, never in the payload.
        assertThat(written.has("topic") || written.has("type") || written.has("subject"))
                .isFalse();
        assertThat(event.type()).isEqualTo(entry.type());
        assertThat(event.topic()).isEqualTo(entry.topic());
        assertThat(event.subject()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void theRecordHasExactlyTheSchemasProperties(ContractCatalogue.Entry entry) {
        Set<String> recordFields = Set.copyOf(Arrays.stream(entry.payload().getRecordComponents())
                .map(c -> c.getName())
                .toList());
        List<String> schemaFields = new ArrayList<>();
        Resources.json(entry.schemaPath()).path("properties").fieldNames().forEachRemaining(schemaFields::add);

        assertThat(recordFields).containsExactlyInAnyOrderElementsOf(schemaFields);
    }

    @ParameterizedTest
    @MethodSource("entries")
    void theTypeFollowsTheNamingRuleAndTheTopicIsCatalogued(ContractCatalogue.Entry entry) {
        assertThat(CloudEvents.isValidType(entry.type())).isTrue();
        assertThat(Topics.all()).contains(entry.topic());
        assertThat(entry.type())
                .startsWith(entry.topic().substring(0, entry.topic().indexOf('.')) + ".");
    }

    @Test
    void everySchemaAndExampleFileBelongsToACataloguedEvent() {
        List<String> catalogued = entries()
                .map(e -> e.schemaPath().substring("schemas/".length()))
                .sorted()
                .toList();

        assertThat(Resources.jsonFilesUnder("schemas")).containsExactlyElementsOf(catalogued);
        assertThat(Resources.jsonFilesUnder("examples")).containsExactlyElementsOf(catalogued);
    }

    @Test
    void eventTypesAreUnique() {
        assertThat(entries().map(ContractCatalogue.Entry::type)).doesNotHaveDuplicates();
    }

    @Test
    void noSchemaHasAFieldForPatientIdentity() {
        entries().forEach(entry -> Resources.json(entry.schemaPath())
                .path("properties")
                .fieldNames()
                .forEachRemaining(field -> assertThat(field.toLowerCase())
                        .as("%s in %s", field, entry.type())
                        .doesNotContain("nhsnumber")
                        .doesNotContain("patientname")
                        .doesNotContain("dateofbirth")
                        .doesNotContain("description")));
    }

    private static Set<ValidationMessage> errors(ContractCatalogue.Entry entry, JsonNode payload) {
        JsonSchema schema = SCHEMAS.getSchema(Resources.json(entry.schemaPath()));
        return schema.validate(payload);
    }
}
