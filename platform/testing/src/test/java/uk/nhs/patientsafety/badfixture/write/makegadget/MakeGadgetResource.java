package uk.nhs.patientsafety.badfixture.write.makegadget;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Breaks: a REST resource uses JDBC. */
@Path("/gadgets")
public class MakeGadgetResource {

    @POST
    public void make(MakeGadgetRequest request) throws SQLException {
        Connection connection = null;
        connection.close();
    }
}
