package uk.nhs.patientsafety.summit.reference;

import java.util.Optional;

/**
 * The way an escalation goes up the hierarchy (DOMAIN §5.2): provider to ICB, ICB to region, region to national.
 * Overdue escalations go one level further ({@link #next}); national is the top.
 */
public enum Direction {
    PROVIDER_TO_ICB,
    ICB_TO_REGION,
    REGION_TO_NATIONAL;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Direction> fromCode(String code) {
        for (Direction direction : values()) {
            if (direction.code().equals(code)) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }

    /** The level above, for a re-escalation; empty at the top. */
    public Optional<Direction> next() {
        return switch (this) {
            case PROVIDER_TO_ICB -> Optional.of(ICB_TO_REGION);
            case ICB_TO_REGION -> Optional.of(REGION_TO_NATIONAL);
            case REGION_TO_NATIONAL -> Optional.empty();
        };
    }
}
