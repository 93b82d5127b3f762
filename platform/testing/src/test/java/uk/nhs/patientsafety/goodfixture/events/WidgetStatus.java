package uk.nhs.patientsafety.goodfixture.events;

/** Fixture: the status function shared by aggregate and projection. */
public enum WidgetStatus {
    MADE,
    RENAMED;

    public static WidgetStatus after(WidgetEvent event) {
        return event instanceof WidgetEvent.WidgetMade ? MADE : RENAMED;
    }
}
