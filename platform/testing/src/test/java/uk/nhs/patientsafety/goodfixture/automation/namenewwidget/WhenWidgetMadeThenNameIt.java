package uk.nhs.patientsafety.goodfixture.automation.namenewwidget;

import uk.nhs.patientsafety.goodfixture.events.WidgetEvent.WidgetMade;
import uk.nhs.patientsafety.goodfixture.write.widget.WidgetCommands;

/** Fixture: a policy: event in, command out. */
public class WhenWidgetMadeThenNameIt {

    public WidgetCommands.RenameWidget on(WidgetMade event) {
        return new WidgetCommands.RenameWidget(event.widgetId(), "new", event.at());
    }
}
