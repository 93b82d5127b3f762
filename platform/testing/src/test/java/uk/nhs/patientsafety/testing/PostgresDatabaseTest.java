package uk.nhs.patientsafety.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {

    @Test
    void createsAFreshDatabaseAndDropsIt() throws SQLException {
        PostgresDatabase database = PostgresDatabase.create("psp_harness");
        try (Connection connection =
                DriverManager.getConnection(database.jdbcUrl(), PostgresDatabase.user(), PostgresDatabase.password())) {
            assertThat(connection.getCatalog()).isEqualTo(database.name());
        }

        database.close();

        assertThat(exists(database)).isFalse();
    }

    private static boolean exists(PostgresDatabase database) throws SQLException {
        String server = database.jdbcUrl().replace("/" + database.name(), "/postgres");
        String name = database.name();
        try (Connection connection =
                        DriverManager.getConnection(server, PostgresDatabase.user(), PostgresDatabase.password());
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return rows.next();
        }
    }
}
