package uk.nhs.patientsafety.assurance.read.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.access.CaseAccess;
import uk.nhs.patientsafety.assurance.events.CaseEvents.*;
import uk.nhs.patientsafety.assurance.events.CaseKey;
import uk.nhs.patientsafety.assurance.fixtures.Api;
import uk.nhs.patientsafety.assurance.fixtures.Database;
import uk.nhs.patientsafety.assurance.fixtures.IncidentFeed;
import uk.nhs.patientsafety.assurance.fixtures.Journeys;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * The case view on real PostgreSQL: given events, then the rows the read model renders; and a rebuild by replay
 * gives the same rows.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class CaseProjectionQuarkusTest {

    static final String ADMIN = "/admin/read-models/" + CaseProjection.GROUP;
    static final Instant RECEIVED = Instant.parse("2025-04-17T09:00:00Z");
    static final LocalDate DUE = LocalDate.of(2025, 5, 7);

    @Inject
    CaseProjection projection;

    @Inject
    CaseReadModel readModel;

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

    /** Applies the events to the projection as one processor batch would. */
    private void given(Object... events) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            Instant at = RECEIVED;
            for (Object event : events) {
                at = at.plus(Duration.ofHours(1));
                if (event instanceof AssuranceCaseOpened x) {
                    projection.on(x, at);
                } else if (event instanceof AssuranceReviewStarted x) {
                    projection.on(x, at);
                } else if (event instanceof ReviewRecorded x) {
                    projection.on(x, at);
                } else if (event instanceof FurtherInformationRequested x) {
                    projection.on(x, at);
                } else if (event instanceof ReportResubmitted x) {
                    projection.on(x, at);
                } else if (event instanceof ClosureAgreed x) {
                    projection.on(x, at);
                } else if (event instanceof ClosureRefused x) {
                    projection.on(x, at);
                } else if (event instanceof EscalatedToQualityForum x) {
                    projection.on(x, at);
                } else if (event instanceof CaseActionOpened x) {
                    projection.on(x, at);
                } else if (event instanceof CaseActionCompleted x) {
                    projection.on(x, at);
                } else if (event instanceof DeadlineSet x) {
                    projection.on(x);
                } else if (event instanceof DeadlineMet x) {
                    projection.on(x);
                } else if (event instanceof DeadlineBreached x) {
                    projection.on(x);
                } else if (event instanceof DeadlineApproaching x) {
                    projection.on(x);
                } else if (event instanceof DeadlineSuspended x) {
                    projection.on(x);
                } else {
                    throw new IllegalArgumentException(event.toString());
                }
            }
        });
    }

    private static CaseKey newKey() {
        String id = UUID.randomUUID().toString();
        return new CaseKey(id, "incident-" + id, "RKB", "QWU", "SIF2015");
    }

    private CaseDetails full(CaseKey key) {
        return readModel.render(readModel.find(key.caseId()).orElseThrow(), CaseAccess.View.FULL);
    }

    static DeadlineSet set(CaseKey key, LocalDate due) {
        return new DeadlineSet(key, "commissioner_review_20d", due, England.endOf(due), "20CD", "a", "b");
    }

    static ReviewRecorded reviewed(CaseKey key, int submission) {
        return new ReviewRecorded(
                key,
                submission,
                "joint_review_group",
                List.of(new PanelMember("B. Panel", "Head of Patient Safety")),
                List.of(new ChecklistAnswer("family_involved", "no", "Not yet contacted.")),
                "Needs work.",
                "QWU");
    }

    @Test
    void anOpenedCaseInReviewIsOverdueOnceItsDueDatePassesWithNoDecision() {
        CaseKey key = newKey();
        given(
                new AssuranceCaseOpened(key, RECEIVED, DUE),
                set(key, DUE),
                new AssuranceReviewStarted(key, "QWU"),
                new DeadlineApproaching(key, "commissioner_review_20d", England.endOf(DUE)),
                new DeadlineBreached(key, "commissioner_review_20d", England.endOf(DUE)));

        CaseDetails details = full(key);
        assertThat(details.status()).isEqualTo("in_review");
        assertThat(details.reviewClock().dueOn()).isEqualTo(DUE);
        assertThat(details.reviewClock().state()).isEqualTo("breached");
        assertThat(details.reviewClock().approaching()).isTrue();
        assertThat(details.reviewClock().overdue()).isTrue();
        CaseAccess.Scope scope = new CaseAccess.Scope(java.util.Set.of("RKB"), java.util.Set.of());
        assertThat(readModel
                        .select(
                                CaseFilter.parse(
                                        new CaseFilter.Parameters(null, key.incidentId(), null, "true", null, null)),
                                scope)
                        .rows())
                .extracting(CaseReadModel.Row::caseId)
                .containsExactly(key.caseId());
    }

    @Test
    void aDecisionMetLateIsNoLongerOverdue() {
        CaseKey key = newKey();
        given(
                new AssuranceCaseOpened(key, RECEIVED, DUE),
                set(key, DUE),
                new AssuranceReviewStarted(key, "QWU"),
                new DeadlineBreached(key, "commissioner_review_20d", England.endOf(DUE)),
                new FurtherInformationRequested(key, "Timeline.", "QWU"),
                new DeadlineMet(key, "commissioner_review_20d"));

        CaseDetails details = full(key);
        assertThat(details.status()).isEqualTo("further_information_requested");
        assertThat(details.furtherInformation()).isEqualTo("Timeline.");
        assertThat(details.reviewClock().overdue()).isFalse();
    }

    @Test
    void aResubmissionStartsAFreshReviewAndClosureRecordsMonitoring() {
        CaseKey key = newKey();
        LocalDate newDue = LocalDate.of(2025, 6, 22);
        given(
                new AssuranceCaseOpened(key, RECEIVED, DUE),
                set(key, DUE),
                new AssuranceReviewStarted(key, "QWU"),
                reviewed(key, 1),
                new ClosureRefused(key, List.of("family_not_involved"), "No contact.", "QWU"),
                new FurtherInformationRequested(key, "Family contact.", "QWU"),
                new ReportResubmitted(key, 2, RECEIVED.plus(Duration.ofDays(40)), newDue),
                set(key, newDue),
                new CaseActionOpened(key, "action-2"),
                new CaseActionOpened(key, "action-1"),
                new CaseActionCompleted(key, "action-2"));

        CaseDetails resubmitted = full(key);
        assertThat(resubmitted.status()).isEqualTo("in_review");
        assertThat(resubmitted.submission()).isEqualTo(2);
        assertThat(resubmitted.review()).isNull();
        assertThat(resubmitted.refusal()).isNull();
        assertThat(resubmitted.reviewClock().dueOn()).isEqualTo(newDue);
        assertThat(resubmitted.reviewClock().state()).isEqualTo("open");
        assertThat(resubmitted.openActions()).containsExactly("action-1");

        given(
                reviewed(key, 2),
                new ClosureAgreed(key, true, "Quarterly at CQRG.", 1, "Closed.", "QWU"),
                new DeadlineMet(key, "commissioner_review_20d"));
        CaseDetails closed = full(key);
        assertThat(closed.status()).isEqualTo("closed");
        assertThat(closed.review().submission()).isEqualTo(2);
        assertThat(closed.closure().monitoringAgreed()).isTrue();
        assertThat(closed.closure().monitoringArrangement()).isEqualTo("Quarterly at CQRG.");
        CaseDetails pseudonymised =
                readModel.render(readModel.find(key.caseId()).orElseThrow(), CaseAccess.View.PSEUDONYMISED);
        assertThat(pseudonymised.closure().monitoringArrangement()).isNull();
        assertThat(pseudonymised.closure().comments()).isNull();
        assertThat(pseudonymised.review().panel()).isNull();
        assertThat(pseudonymised.review().checklist().get(0).comment()).isNull();
    }

    @Test
    void replayingTheEventStoreRebuildsTheSameRows() {
        TestUser lead = TestUser.icbQualityLead("QWU");
        String caseId = Journeys.reviewed(new IncidentFeed(kafka), "RKB", lead);
        await().atMost(Api.PATIENCE).until(this::caughtUp);
        Database db = new Database(dataSource);
        String sql = "SELECT row_to_json(v)::text FROM assurance_case_view v WHERE case_id = ?";
        List<String> before = db.strings(sql, caseId);
        assertThat(before).hasSize(1);

        Api.as(TestUser.platformAdmin()).post(ADMIN + "/rebuild").then().statusCode(202);
        await().atMost(Api.PATIENCE)
                .until(() -> caughtUp() && db.strings(sql, caseId).equals(before));
    }

    private boolean caughtUp() {
        return Api.as(TestUser.platformAdmin())
                .get(ADMIN)
                .then()
                .statusCode(200)
                .extract()
                .<Boolean>path("caughtUp");
    }
}
