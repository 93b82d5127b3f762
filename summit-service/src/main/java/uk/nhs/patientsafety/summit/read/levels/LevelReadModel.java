package uk.nhs.patientsafety.summit.read.levels;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code provider_level_view}: every SQL statement of the levels view. */
@ApplicationScoped
public class LevelReadModel {

    @Inject
    AgroalDataSource dataSource;

    /** The decided levels of these providers, by provider. */
    public Map<String, ProviderLevel> of(Collection<String> providers) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT * FROM provider_level_view WHERE provider_ods = ANY(?) ORDER BY provider_ods")) {
            query.setArray(1, connection.createArrayOf("text", providers.toArray()));
            Map<String, ProviderLevel> levels = new LinkedHashMap<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    levels.put(
                            row.getString("provider_ods"),
                            new ProviderLevel(
                                    row.getString("provider_ods"),
                                    row.getString("level"),
                                    row.getString("previous_level"),
                                    row.getString("decision_maker"),
                                    row.getString("decided_by_ods"),
                                    row.getString("rationale"),
                                    row.getObject("review_on", LocalDate.class),
                                    row.getBoolean("review_overdue"),
                                    row.getTimestamp("changed_at").toInstant()));
                }
            }
            return levels;
        } catch (SQLException e) {
            throw new IllegalStateException("Escalation levels could not be read", e);
        }
    }
}
