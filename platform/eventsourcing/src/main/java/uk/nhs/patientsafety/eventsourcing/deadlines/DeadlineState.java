package uk.nhs.patientsafety.eventsourcing.deadlines;

import java.util.Locale;

/** Where a deadline stands. A breached deadline still runs: meeting it late is still meeting it. */
public enum DeadlineState {
    OPEN,
    MET,
    SUSPENDED,
    BREACHED;

    public boolean running() {
        return this == OPEN || this == BREACHED;
    }

    /** The name in read models and on the wire: {@code open}, {@code met}, {@code suspended}, {@code breached}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
