package uk.nhs.patientsafety.goodfixture.write.renamewidget;

import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Instant;
import uk.nhs.patientsafety.goodfixture.write.widget.WidgetCommands;

/** Fixture: a second capability, meeting the first only through the aggregate. */
@Path("/widgets/{id}/name")
public class RenameWidgetResource {

    @PUT
    public void rename(String name) {
        new WidgetCommands.RenameWidget("w-1", name, Instant.now());
    }
}
