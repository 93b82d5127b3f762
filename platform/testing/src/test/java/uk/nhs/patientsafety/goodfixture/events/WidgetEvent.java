package uk.nhs.patientsafety.goodfixture.events;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Fixture: a well-formed service's internal events (JDK types and @Revision only). */
public sealed interface WidgetEvent {

    @Revision("1")
    record WidgetMade(String widgetId, int size, String[] tags, List<String> parts, Instant at)
            implements WidgetEvent {}

    @Revision("1")
    record WidgetRenamed(String widgetId, String name, Instant at) implements WidgetEvent {}
}
