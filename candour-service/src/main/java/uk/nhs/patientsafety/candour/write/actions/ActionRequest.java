package uk.nhs.patientsafety.candour.write.actions;

import java.time.Instant;

/**
 * The body of {@code POST /candour/cases/{id}/actions/{action}}: each action reads the fields it needs (see the
 * service README's table); unknown fields are refused by the platform's strict JSON.
 */
public record ActionRequest(
        // assess
        Boolean unintendedOrUnexpected,
        Boolean duringRegulatedActivity,
        String harmCategory,
        Boolean potential,
        String rationale,
        String notApplicableReason,
        // identify-relevant-person
        String basis,
        String name,
        String relationship,
        String telephone,
        String email,
        String address,
        // record-contact-attempt
        Instant attemptedAt,
        String method,
        Boolean successful,
        String note,
        // record-notification
        String givenBy,
        Instant givenAt,
        String place,
        Boolean inPerson,
        String account,
        String furtherEnquiries,
        String supportOffered,
        String apology,
        // record-declined, record-cannot-contact
        String reason,
        // draft-written-notification
        String enquiryResults,
        String text,
        // mark-written-notification-sent
        String documentId,
        java.time.LocalDate sentOn,
        Copy copy,
        // provide-update, share-findings
        java.time.LocalDate providedOn,
        java.time.LocalDate sharedOn,
        String summary,
        // record-family-meeting
        java.time.LocalDate heldOn,
        Boolean awayFromSite,
        Boolean purposeExplainedOrally,
        Boolean purposeExplainedInWriting,
        String notes,
        // record-family-concern
        Integer concernNumber,
        String concern,
        String answer,
        java.time.LocalDate recordedOn,
        // record-report-shared (with sharedOn)
        String document,
        Boolean asAgreed) {

    public static final ActionRequest EMPTY = new ActionRequest(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    /** A signed copy of the letter as sent: {@code application/pdf}, base64, at most 256 KiB decoded. */
    public record Copy(String contentType, String base64) {}
}
