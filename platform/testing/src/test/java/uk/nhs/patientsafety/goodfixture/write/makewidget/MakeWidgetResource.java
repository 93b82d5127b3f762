package uk.nhs.patientsafety.goodfixture.write.makewidget;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import uk.nhs.patientsafety.goodfixture.write.widget.WidgetCommands;

/** Fixture: a capability's REST resource; dispatches one command, no SQL. */
@Path("/widgets")
public class MakeWidgetResource {

    @POST
    public String make(MakeWidgetRequest request) {
        return new WidgetCommands.MakeWidget(request.widgetId(), Instant.now()).widgetId();
    }
}
