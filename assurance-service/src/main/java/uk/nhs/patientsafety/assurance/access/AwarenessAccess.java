package uk.nhs.patientsafety.assurance.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * The awareness feed is each ICB's own (DOMAIN §13 G2): an ICB's quality leads and viewers see the items listed for
 * it, its quality leads acknowledge them; nobody else sees them. Items carry codes and dates only. Which ICB an item
 * is for is in table {@code awareness_owner}, written with its first event.
 */
@ApplicationScoped
public class AwarenessAccess {

    @Inject
    Commissioning commissioning;

    @Inject
    AgroalDataSource dataSource;

    /** The ICBs that commission a provider (lead first): each gets the provider's items. */
    public Set<String> commissionersOf(String providerOds) {
        Set<String> icbs = new LinkedHashSet<>();
        commissioning.provider(providerOds).ifPresent(p -> {
            icbs.add(p.leadCommissioner());
            icbs.addAll(p.responsibleCommissioners());
        });
        return icbs;
    }

    public boolean maySee(Caller caller, String icbOds) {
        return caller.org() != null
                && caller.org().equals(icbOds)
                && CaseAccess.ICB_ROLES.stream().anyMatch(caller::hasRole);
    }

    /** The ICB whose feed the caller reads, or empty: only ICB staff have one. */
    public Optional<String> feedOf(Caller caller) {
        return maySee(caller, caller.org()) ? Optional.of(caller.org()) : Optional.empty();
    }

    /** Refuses an acknowledgement unless the caller is a quality lead of the item's ICB (404 unseen, 403 seen). */
    public void authoriseAcknowledgement(Caller caller, String itemId) {
        String icb = icbOf(itemId).orElseThrow(AwarenessAccess::noSuchItem);
        if (!maySee(caller, icb)) {
            throw noSuchItem();
        }
        if (!caller.hasRole(Roles.ICB_QUALITY_LEAD)) {
            throw new ProblemException(
                    Problem.of(Response.Status.FORBIDDEN, "Awareness items are acknowledged by a quality lead."));
        }
    }

    public void record(String itemId, String incidentId, String providerOds, String icbOds) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO awareness_owner (item_id, incident_id, provider_ods, icb_ods) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (item_id) DO NOTHING")) {
            insert.setString(1, itemId);
            insert.setString(2, incidentId);
            insert.setString(3, providerOds);
            insert.setString(4, icbOds);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("An awareness item's owner could not be recorded", e);
        }
    }

    private Optional<String> icbOf(String itemId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT icb_ods FROM awareness_owner WHERE item_id = ?")) {
            query.setString(1, itemId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Awareness owners could not be read", e);
        }
    }

    public static ProblemException noSuchItem() {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such awareness item."));
    }
}
