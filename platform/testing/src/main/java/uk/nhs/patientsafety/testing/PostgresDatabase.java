package uk.nhs.patientsafety.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh database on the PostgreSQL server named by {@code PGHOST}, {@code PGPORT}, {@code PGUSER} and
 * {@code PGPASSWORD} (defaults 127.0.0.1, 5432, postgres, no password), dropped on {@link #close()}.
 */
public final class PostgresDatabase implements AutoCloseable {

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    public static PostgresDatabase create(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name);
        return new PostgresDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return url(name);
    }

    public static String user() {
        return env("PGUSER", "postgres");
    }

    public static String password() {
        return env("PGPASSWORD", "");
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(unreachable(e), e);
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + database;
    }

    private static String unreachable(SQLException e) {
        return "PostgreSQL at " + url("postgres") + " (user " + user() + ") did not answer: " + e.getMessage()
                + "\nThe tests need a PostgreSQL 14+ server. Install and start one, e.g."
                + "\n  sudo apt-get install postgresql && sudo pg_ctlcluster 15 main start"
                + "\nor point the tests at yours with PGHOST, PGPORT, PGUSER and PGPASSWORD.";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
