package uk.nhs.patientsafety.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads a service's own database in tests: what was stored, not what the API says. */
public record StoredRows(DataSource dataSource) {

    public long count(String sql, Object... parameters) {
        return Long.parseLong(strings(sql, parameters).get(0));
    }

    /** One string per row: its columns joined by {@code |}. */
    public List<String> strings(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    StringBuilder row = new StringBuilder(String.valueOf(rows.getString(1)));
                    for (int c = 2; c <= columns; c++) {
                        row.append('|').append(rows.getString(c));
                    }
                    values.add(row.toString());
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
