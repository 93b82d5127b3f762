package uk.nhs.patientsafety.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A fresh PostgreSQL database for one Quarkus test application, dropped when it stops. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresDatabase database;

    @Override
    public Map<String, String> start() {
        database = PostgresDatabase.create("psp_test");
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", PostgresDatabase.user(),
                "quarkus.datasource.password", PostgresDatabase.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
