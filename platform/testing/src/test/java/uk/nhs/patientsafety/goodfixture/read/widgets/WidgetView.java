package uk.nhs.patientsafety.goodfixture.read.widgets;

import uk.nhs.patientsafety.goodfixture.events.WidgetStatus;

/** Fixture: the query answer. */
public record WidgetView(String widgetId, WidgetStatus status) {}
