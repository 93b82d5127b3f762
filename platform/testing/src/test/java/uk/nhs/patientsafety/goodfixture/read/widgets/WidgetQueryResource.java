package uk.nhs.patientsafety.goodfixture.read.widgets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Fixture: the query resource calls the read model, never JDBC. */
@Path("/widgets/{id}")
public class WidgetQueryResource {

    private final WidgetReadModel readModel;

    public WidgetQueryResource(WidgetReadModel readModel) {
        this.readModel = readModel;
    }

    @GET
    public WidgetView get(String id) throws Exception {
        return readModel.find(id);
    }
}
