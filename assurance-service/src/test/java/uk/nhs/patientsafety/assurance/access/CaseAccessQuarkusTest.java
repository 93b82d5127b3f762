package uk.nhs.patientsafety.assurance.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.fixtures.Api;
import uk.nhs.patientsafety.assurance.fixtures.Database;
import uk.nhs.patientsafety.assurance.fixtures.IncidentFeed;
import uk.nhs.patientsafety.assurance.fixtures.Journeys;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * Who sees which case, in which view (DOMAIN §9, G8), against the commissioning test data: RKB is commissioned by
 * QWU (lead) and QHL (responsible, not lead); QK1 does not commission RKB; RKB is in region Y60.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class CaseAccessQuarkusTest {

    static final TestUser QWU_LEAD = TestUser.icbQualityLead("QWU");
    static final TestUser QWU_VIEWER = TestUser.icbViewer("QWU");
    static final TestUser QHL_VIEWER = TestUser.icbViewer("QHL");
    static final TestUser QK1_LEAD = TestUser.icbQualityLead("QK1");
    static final TestUser RKB_LEAD = TestUser.providerPatientSafetyLead("RKB");
    static final TestUser RKB_REPORTER = TestUser.providerReporter("RKB");
    static final TestUser RT5_LEAD = TestUser.providerPatientSafetyLead("RT5");
    static final TestUser Y60 = TestUser.nhseRegional("Y60");
    static final TestUser Y61 = TestUser.nhseRegional("Y61");

    @Inject
    AgroalDataSource dataSource;

    KafkaTestClient kafka;
    IncidentFeed feed;
    Database db;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        feed = new IncidentFeed(kafka);
        db = new Database(dataSource);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private static String path(String caseId) {
        return "/assurance/cases/" + caseId;
    }

    @Test
    void theLeadCommissionerAndTheProviderSeeTheWholeReview() {
        String caseId = Journeys.reviewed(feed, "RKB", QWU_LEAD);
        await().atMost(Api.PATIENCE)
                .untilAsserted(() -> Api.get(QWU_VIEWER, path(caseId)).then().body("review", notNullValue()));

        for (TestUser user : List.of(QWU_LEAD, QWU_VIEWER, RKB_LEAD)) {
            Api.get(user, path(caseId))
                    .then()
                    .statusCode(200)
                    .body("view", equalTo("full"))
                    .body("review.panel[0].name", equalTo("Dr Ada Reviewer"))
                    .body("review.comments", equalTo("Thorough report; family letter seen."))
                    .body(
                            "review.checklist.find { it.item == 'actions_smart' }.comment",
                            equalTo("Action 3 has no date."));
            Api.get(user, path(caseId) + "/history")
                    .then()
                    .statusCode(200)
                    .body("find { it.event == 'ReviewRecorded' }.details.panel[0].name", equalTo("Dr Ada Reviewer"));
        }
    }

    @Test
    void aResponsibleCommissionerThatIsNotTheLeadSeesCodesAndDatesButNoFreeTextOrNames() {
        String caseId = Journeys.reviewed(feed, "RKB", QWU_LEAD);
        await().atMost(Api.PATIENCE)
                .untilAsserted(() -> Api.get(QHL_VIEWER, path(caseId)).then().body("review", notNullValue()));

        Api.get(QHL_VIEWER, path(caseId))
                .then()
                .statusCode(200)
                .body("view", equalTo("pseudonymised"))
                .body("status", equalTo("in_review"))
                .body("review.method", equalTo("peer_review_panel"))
                .body("review.checklist.find { it.item == 'family_involved' }.answer", equalTo("yes"))
                .body("review.panel", nullValue())
                .body("review.comments", nullValue())
                .body("review.checklist.find { it.item == 'actions_smart' }.comment", nullValue());
        String history = Api.get(QHL_VIEWER, path(caseId) + "/history")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(history)
                .contains("peer_review_panel")
                .doesNotContain("Dr Ada")
                .doesNotContain("Thorough");
        // It is read by an organisation other than the provider: audited, with the view shown.
        assertThat(db.strings(
                        "SELECT view FROM access_audit WHERE record_id = ? AND org = 'QHL' AND purpose = 'read'",
                        caseId))
                .contains("pseudonymised");
    }

    @Test
    void anIcbNeverSeesACaseOfAProviderItDoesNotCommission() {
        String caseId = Journeys.opened(feed, "RKB", QWU_LEAD);

        Api.get(QK1_LEAD, path(caseId)).then().statusCode(404);
        Api.get(QK1_LEAD, path(caseId) + "/history").then().statusCode(404);
        Api.get(QK1_LEAD, "/assurance/cases?providerOds=RKB")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        Api.get(QK1_LEAD, "/assurance/cases").then().statusCode(200).body("items.id", not(hasItem(caseId)));
        // Nor does another provider, nor the provider's staff who are not its patient safety lead.
        Api.get(RT5_LEAD, path(caseId)).then().statusCode(404);
        Api.get(RKB_REPORTER, path(caseId)).then().statusCode(404);
    }

    @Test
    void theRegionSeesACaseOnlyOnceItIsEscalated() {
        String caseId = Journeys.reviewed(feed, "RKB", QWU_LEAD);
        Api.get(Y60, path(caseId)).then().statusCode(404);
        Api.get(Y60, "/assurance/cases").then().body("items.id", not(hasItem(caseId)));

        Api.act(QWU_LEAD, caseId, "escalate-to-quality-forum", Map.of("forum", "cqrg", "reason", "Recurring theme."))
                .then()
                .statusCode(200);

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.get(Y60, path(caseId))
                .then()
                .statusCode(200)
                .body("view", equalTo("pseudonymised"))
                .body("escalation.forum", equalTo("cqrg"))
                .body("escalation.reason", nullValue()));
        Api.get(Y60, "/assurance/cases").then().body("items.id", hasItem(caseId));
        Api.get(Y61, path(caseId)).then().statusCode(404);
        assertThat(db.count("SELECT count(*) FROM access_audit WHERE record_id = ? AND org_type = 'region'", caseId))
                .isPositive();
    }

    @Test
    void theListFiltersByProviderIncidentStatusAndOverdueAndPages() {
        String open = Journeys.opened(feed, "RKB", QWU_LEAD);
        String incident = Api.get(QWU_LEAD, path(open)).then().extract().path("incidentId");

        Api.get(QWU_LEAD, "/assurance/cases?incidentId=" + incident)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(open));
        Api.get(QWU_LEAD, "/assurance/cases?providerOds=RKB&status=opened&overdue=false&size=1")
                .then()
                .statusCode(200)
                .body("size", equalTo(1))
                .body("items.size()", equalTo(1));
        Api.get(QWU_LEAD, "/assurance/cases?incidentId=" + incident + "&overdue=true")
                .then()
                .body("totalItems", equalTo(0));
        Api.get(QWU_LEAD, "/assurance/cases?status=lost&overdue=maybe&size=0")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"))
                .body("errors.field", hasItem("overdue"))
                .body("errors.field", hasItem("size"));
    }
}
