package uk.nhs.patientsafety.goodfixture.write.widget;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Fixture: the aggregate's commands; they carry the time. */
public final class WidgetCommands {

    private WidgetCommands() {}

    public record MakeWidget(@TargetAggregateIdentifier String widgetId, Instant at) {}

    public record RenameWidget(@TargetAggregateIdentifier String widgetId, String name, Instant at) {}
}
