package uk.nhs.patientsafety.goodfixture.write.widget;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import uk.nhs.patientsafety.goodfixture.events.WidgetEvent.WidgetMade;
import uk.nhs.patientsafety.goodfixture.events.WidgetEvent.WidgetRenamed;

/** Fixture: the aggregate; rules only. */
public class Widget {

    @AggregateIdentifier
    private String widgetId;

    protected Widget() {}

    @CommandHandler
    public Widget(WidgetCommands.MakeWidget command) {
        AggregateLifecycle.apply(new WidgetMade(command.widgetId(), 1, new String[0], List.of(), command.at()));
    }

    @CommandHandler
    void handle(WidgetCommands.RenameWidget command) {
        AggregateLifecycle.apply(new WidgetRenamed(widgetId, command.name(), command.at()));
    }
}
