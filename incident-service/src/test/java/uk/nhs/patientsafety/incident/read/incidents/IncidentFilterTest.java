package uk.nhs.patientsafety.incident.read.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.events.Framework;
import uk.nhs.patientsafety.incident.events.Kind;
import uk.nhs.patientsafety.incident.events.Status;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

class IncidentFilterTest {

    static IncidentFilter.Parameters none() {
        return new IncidentFilter.Parameters(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void no_parameters_is_everything_newest_first_twenty_at_a_time() {
        IncidentFilter filter = IncidentFilter.parse(none());

        assertThat(filter.sort()).isEqualTo(new IncidentFilter.Sort(IncidentFilter.SortKey.reportedAt, true));
        assertThat(filter.page()).isZero();
        assertThat(filter.size()).isEqualTo(20);
        assertThat(filter.status()).isEmpty();
        assertThat(filter.overdue()).isEmpty();
    }

    @Test
    void every_parameter_is_read_into_its_type() {
        IncidentFilter filter = IncidentFilter.parse(new IncidentFilter.Parameters(
                "RT5",
                "awaiting_assurance",
                "SIF2015",
                "good_care",
                "false",
                "2026-01-01",
                "2026-01-31",
                "2026-01-01T00:00:00Z",
                "2026-02-01T00:00:00Z",
                "nextDueAt",
                "3",
                "100"));

        assertThat(filter.providerOds()).contains("RT5");
        assertThat(filter.status()).contains(Status.AWAITING_ASSURANCE);
        assertThat(filter.framework()).contains(Framework.SIF2015);
        assertThat(filter.kind()).contains(Kind.GOOD_CARE);
        assertThat(filter.overdue()).contains(false);
        assertThat(filter.occurredFrom()).contains(LocalDate.parse("2026-01-01"));
        assertThat(filter.reportedTo()).contains(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(filter.sort()).isEqualTo(new IncidentFilter.Sort(IncidentFilter.SortKey.nextDueAt, false));
        assertThat(filter.page()).isEqualTo(3);
        assertThat(filter.size()).isEqualTo(100);
    }

    @Test
    void every_invalid_parameter_is_named_at_once() {
        IncidentFilter.Parameters bad = new IncidentFilter.Parameters(
                "rt5", "open", "SIF", "near_miss", "yes", "01/01/2026", null, "yesterday", null, "-name", "-1", "101");

        assertThatThrownBy(() -> IncidentFilter.parse(bad)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().type().toString()).endsWith("/invalid-query");
            assertThat(e.problem().errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactly(
                            "providerOds",
                            "status",
                            "framework",
                            "kind",
                            "overdue",
                            "occurredFrom",
                            "reportedFrom",
                            "sort",
                            "page",
                            "size");
        });
    }

    @Test
    void the_status_vocabulary_is_every_status_there_is() {
        for (Status status : Status.values()) {
            assertThat(IncidentFilter.parse(new IncidentFilter.Parameters(
                                    null, status.code(), null, null, null, null, null, null, null, null, null, null))
                            .status())
                    .contains(status);
        }
    }
}
