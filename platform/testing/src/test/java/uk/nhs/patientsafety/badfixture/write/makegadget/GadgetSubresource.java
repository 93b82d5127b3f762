package uk.nhs.patientsafety.badfixture.write.makegadget;

import jakarta.ws.rs.GET;
import javax.sql.DataSource;

/** Breaks: a resource (found by its @GET method, no @Path on the class) uses JDBC. */
public class GadgetSubresource {

    @GET
    public String get(DataSource dataSource) {
        return String.valueOf(dataSource);
    }
}
