package uk.nhs.patientsafety.eventsourcing.audit;

import io.agroal.api.AgroalDataSource;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.web.Caller;

/**
 * Break-glass access (DOMAIN §9): a caller who would otherwise see only aggregates (a national team, CQC) opens one
 * record for a limited time, giving a reason. The grant is kept with its reason in {@code break_glass_grant} and
 * audited as a read of purpose {@code break-glass}; each read under it is audited by the service as usual. Which
 * roles may break glass, and which view a grant gives, is the service's access decision.
 */
@ApplicationScoped
public class BreakGlass {

    /** How long a grant lasts. */
    @ConfigMapping(prefix = "platform.break-glass")
    public interface Config {
        @WithDefault("4h")
        Duration duration();
    }

    public record Grant(String recordId, String subject, String org, Instant grantedAt, Instant expiresAt) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AccessAudit audit;

    @Inject
    Config config;

    @Inject
    Clock clock;

    /** Opens {@code recordId} (owned by {@code ownerOds}) to the caller until the grant expires; audited. */
    public Grant open(Caller caller, String recordId, String ownerOds, String reason, String view) {
        Instant now = clock.instant();
        Instant expires = now.plus(config.duration());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO break_glass_grant (subject, org,"
                        + " org_type, record_id, owner_ods, reason, granted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?,"
                        + " ?, ?)")) {
            insert.setString(1, caller.subject());
            insert.setString(2, caller.org());
            insert.setString(3, caller.orgType());
            insert.setString(4, recordId);
            insert.setString(5, ownerOds);
            insert.setString(6, reason);
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setTimestamp(8, Timestamp.from(expires));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The break-glass grant could not be recorded", e);
        }
        audit.record(caller, "break-glass", List.of(new AccessAudit.Read(recordId, ownerOds, view)));
        return new Grant(recordId, caller.subject(), caller.org(), now, expires);
    }

    /** The caller's grant on {@code recordId} that has not yet expired, if any. */
    public Optional<Grant> active(Caller caller, String recordId) {
        if (caller.subject() == null) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT org, granted_at, expires_at FROM"
                        + " break_glass_grant WHERE record_id = ? AND subject = ? AND expires_at > ?"
                        + " ORDER BY expires_at DESC LIMIT 1")) {
            query.setString(1, recordId);
            query.setString(2, caller.subject());
            query.setTimestamp(3, Timestamp.from(clock.instant()));
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Grant(
                        recordId,
                        caller.subject(),
                        result.getString(1),
                        result.getTimestamp(2).toInstant(),
                        result.getTimestamp(3).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Break-glass grants could not be read", e);
        }
    }
}
