package uk.nhs.patientsafety.summit.write.raiseescalation;

/**
 * The body of {@code POST /escalations}: the direction (provider_to_icb, icb_to_region, region_to_national), the
 * provider concerned, a summary (free text, never published), and optionally the concern or summit behind it.
 */
public record RaiseEscalationRequest(
        String direction, String providerOds, String summary, String concernId, String summitId) {}
