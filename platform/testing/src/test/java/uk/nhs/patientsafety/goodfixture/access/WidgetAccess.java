package uk.nhs.patientsafety.goodfixture.access;

import uk.nhs.patientsafety.goodfixture.events.WidgetStatus;

/** Fixture: who may see what. */
public class WidgetAccess {

    public boolean maySee(String org, WidgetStatus status) {
        return org != null && status != null;
    }
}
