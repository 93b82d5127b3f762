package uk.nhs.patientsafety.eventsourcing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.web.Caller;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class AccessAuditTest {

    static final Caller ICB = new Caller("qk1.quality", "QK1", "icb", "Y60", Set.of("icb-quality-lead"));
    static final Caller PROVIDER = new Caller("rt5.lead", "RT5", "provider", "Y60", Set.of("provider-reporter"));

    @Inject
    AccessAudit audit;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_read_of_another_organisations_record_is_audited_with_who_what_and_why() throws SQLException {
        String id = UUID.randomUUID().toString();

        audit.record(ICB, "read", List.of(new AccessAudit.Read(id, "RT5", "pseudonymised")));

        assertThat(rows(id)).containsExactly("qk1.quality|QK1|icb|RT5|pseudonymised|read");
    }

    @Test
    void the_owner_reading_its_own_is_not_audited_but_the_others_in_the_same_list_are() throws SQLException {
        String own = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();

        audit.record(
                PROVIDER,
                "list",
                List.of(new AccessAudit.Read(own, "RT5", "full"), new AccessAudit.Read(other, "RKB", "full")));

        assertThat(rows(own)).isEmpty();
        assertThat(rows(other)).containsExactly("rt5.lead|RT5|provider|RKB|full|list");
    }

    private List<String> rows(String recordId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT concat_ws('|', subject, org, org_type, owner_ods, view, purpose) FROM access_audit"
                                + " WHERE record_id = ? ORDER BY id")) {
            query.setString(1, recordId);
            List<String> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1));
                }
            }
            return rows;
        }
    }
}
