package uk.nhs.patientsafety.goodfixture.read.widgets;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import uk.nhs.patientsafety.goodfixture.events.WidgetStatus;

/** Fixture: the read model owns the SQL. */
public class WidgetReadModel {

    private final DataSource dataSource;

    public WidgetReadModel(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public WidgetView find(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new WidgetView(id, WidgetStatus.MADE);
        }
    }
}
