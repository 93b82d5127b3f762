package uk.nhs.patientsafety.goodfixture.shared;

/** Fixture: problems mapping. */
public class WidgetProblems {

    public int statusFor(RuntimeException e) {
        return 409;
    }
}
