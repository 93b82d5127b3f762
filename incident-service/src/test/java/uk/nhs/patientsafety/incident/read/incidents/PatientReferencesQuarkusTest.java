package uk.nhs.patientsafety.incident.read.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Journeys;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * A patient's stable reference stays with the organisation that reported them. Outside it, each incident names the
 * patient by a reference of its own, so a provider that reports an NHS number cannot follow that patient through
 * other organisations' incidents.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class PatientReferencesQuarkusTest {

    static final TestUser RKB = TestUser.providerPatientSafetyLead("RKB");
    static final TestUser INVOLVED = TestUser.providerReporter("RT5");
    static final String PATIENT = "9990000034";

    @Test
    void outsideTheReportingProviderAPatientHasAnotherReferenceInEveryIncident() {
        Map<String, Object> report =
                Reports.with(Reports.incidentAbout("RKB", PATIENT), "involvedOrganisations", List.of("RT5"));
        String first = Api.reported(RKB, report);
        String second = Api.reported(RKB, Reports.with(report, "providerReference", "LRMS-REF-" + first));
        Journeys.visibleTo(INVOLVED, first);
        Journeys.visibleTo(INVOLVED, second);

        String stable = ref(RKB, first);
        assertThat(ref(RKB, second))
                .as("the provider's own view: one patient, one reference")
                .isEqualTo(stable);

        String outsideFirst = ref(INVOLVED, first);
        String outsideSecond = ref(INVOLVED, second);
        assertThat(outsideFirst)
                .isNotEqualTo(stable)
                .isNotEqualTo(outsideSecond)
                .startsWith("px-");
        assertThat(outsideSecond).isNotEqualTo(stable);

        // The history names the patient the same way as the view it is read in.
        List<String> historyRefs = Api.as(INVOLVED)
                .get("/incidents/" + first + "/history")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.event == 'IncidentReported' }.details.content.patients.ref");
        assertThat(historyRefs).containsExactly(outsideFirst);
        assertThat(Api.as(INVOLVED)
                        .get("/incidents/" + first + "/history")
                        .then()
                        .extract()
                        .asString())
                .doesNotContain(stable);
    }

    private static String ref(TestUser user, String id) {
        return Api.as(user)
                .get("/incidents/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("patients[0].ref");
    }
}
