package uk.nhs.patientsafety.candour.read.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.candour.fixtures.Api;
import uk.nhs.patientsafety.candour.fixtures.IncidentEvents;
import uk.nhs.patientsafety.candour.read.documents.DocumentProjection;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/** The read models are derived data: replaying the event store rebuilds them row for row (real PostgreSQL). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class ReplayQuarkusTest {

    static final TestUser ADMINISTRATOR = TestUser.platformAdmin();
    static final TestUser LEAD = TestUser.providerCandourLead("RT5");
    static final String CASES = "SELECT string_agg(row_to_json(v)::text, E'\\n' ORDER BY case_id)"
            + " FROM candour_case_view v WHERE case_id = ANY(string_to_array(?, ','))";
    static final String DOCUMENTS = "SELECT string_agg(row_to_json(d)::text, E'\\n' ORDER BY document_id)"
            + " FROM candour_document d WHERE case_id = ANY(string_to_array(?, ','))";

    @Inject
    AgroalDataSource dataSource;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private String snapshot(String sql, List<String> ids) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, String.join(",", ids));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static boolean caughtUp(String group) {
        return Api.as(ADMINISTRATOR)
                .get("/admin/read-models/" + group)
                .then()
                .statusCode(200)
                .extract()
                .<Boolean>path("caughtUp");
    }

    @Test
    void replayRebuildsTheCasesAndDocumentsIdentically() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String harm : List.of("low", "moderate", "severe")) {
            String incidentId = UUID.randomUUID().toString();
            String patient =
                    "pt-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
            IncidentEvents.publish(
                    kafka, IncidentReported.TYPE, IncidentEvents.reported(incidentId, "RT5", patient, harm));
            ids.add(Api.awaitCase(LEAD, incidentId, harm.equals("low") ? "screened_out" : "assessment_required"));
        }
        String notified = ids.get(2);
        Api.act(LEAD, notified, "assess", Api.assessment("severe_harm")).then().statusCode(200);
        Api.act(LEAD, notified, "identify-relevant-person", Api.relevantPerson())
                .then()
                .statusCode(200);
        Api.act(LEAD, notified, "record-notification", Api.notification())
                .then()
                .statusCode(200);
        Api.act(LEAD, notified, "draft-written-notification", Map.of()).then().statusCode(200);
        await().atMost(Api.PATIENCE).until(() -> caughtUp(CaseProjection.GROUP) && caughtUp(DocumentProjection.GROUP));
        String cases = snapshot(CASES, ids);
        String documents = snapshot(DOCUMENTS, ids);
        assertThat(documents).isNotNull();

        for (String group : List.of(CaseProjection.GROUP, DocumentProjection.GROUP)) {
            Api.as(ADMINISTRATOR)
                    .post("/admin/read-models/" + group + "/rebuild")
                    .then()
                    .statusCode(202)
                    .body("processingGroup", equalTo(group));
        }
        await().atMost(Api.PATIENCE).until(() -> caughtUp(CaseProjection.GROUP) && caughtUp(DocumentProjection.GROUP));

        assertThat(snapshot(CASES, ids)).isEqualTo(cases);
        assertThat(snapshot(DOCUMENTS, ids)).isEqualTo(documents);
    }

    @Test
    void onlyAPlatformAdministratorMayRebuild() {
        Api.as(LEAD)
                .post("/admin/read-models/" + CaseProjection.GROUP + "/rebuild")
                .then()
                .statusCode(403);
        Api.as(TestUser.icbQualityLead("QK1"))
                .post("/admin/read-models/" + CaseProjection.GROUP + "/rebuild")
                .then()
                .statusCode(403);
    }
}
