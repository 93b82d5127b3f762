package uk.nhs.patientsafety.summit.write.summitrequest;

/** The body of {@code POST /summits}: the provider of concern, the format and optionally the concern behind it. */
public record RequestSummitRequest(String providerOds, String format, String concernId) {}
