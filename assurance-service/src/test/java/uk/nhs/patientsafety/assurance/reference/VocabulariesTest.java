package uk.nhs.patientsafety.assurance.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The review's vocabularies, and the codes published from them match the published schemas exactly. */
class VocabulariesTest {

    @Test
    void familyInvolvementAndSmartActionsAreAlwaysOnTheChecklist() {
        assertThat(Vocabularies.requiredChecklistItems()).contains("family_involved", "actions_smart");
        assertThat(Vocabularies.REVIEW_METHODS)
                .containsExactlyInAnyOrder("internal_review", "peer_review_panel", "joint_review_group");
    }

    @Test
    void refusalReasonsAndForumsAreThoseOfThePublishedSchemas() throws Exception {
        assertThat(Vocabularies.REFUSAL_REASONS).isEqualTo(schemaEnum("ClosureRefused", "reasonCodes", true));
        assertThat(Vocabularies.QUALITY_FORUMS).isEqualTo(schemaEnum("EscalatedToQualityForum", "forum", false));
    }

    private static Set<String> schemaEnum(String event, String field, boolean array) throws Exception {
        try (InputStream in = VocabulariesTest.class.getResourceAsStream("/schemas/assurance/" + event + ".v1.json")) {
            JsonNode property =
                    new ObjectMapper().readTree(in).path("properties").path(field);
            Set<String> codes = new TreeSet<>();
            (array ? property.path("items") : property).path("enum").forEach(c -> codes.add(c.asText()));
            return codes;
        }
    }
}
