package uk.nhs.patientsafety.goodfixture.write.makewidget;

/** Fixture: the capability's request record. */
public record MakeWidgetRequest(String widgetId) {}
