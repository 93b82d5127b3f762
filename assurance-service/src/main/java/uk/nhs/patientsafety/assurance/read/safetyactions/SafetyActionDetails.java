package uk.nhs.patientsafety.assurance.read.safetyactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One safety action as a caller may see it; the pseudonymised view leaves out the free text (description, owner's
 * role, measure, evidence, reasons), keeping ids, codes, dates and statuses.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SafetyActionDetails(
        String id,
        String view,
        String planId,
        String incidentId,
        String providerOds,
        String framework,
        String commissionerOds,
        String status,
        String description,
        String ownerOds,
        String ownerRole,
        LocalDate dueOn,
        String measureOfSuccess,
        Instant proposedAt,
        Instant updatedAt,
        String agreedBy,
        String evidence,
        String rejectionReasons,
        String verifiedBy,
        Instant verifiedAt,
        boolean dueSoon,
        boolean overdue,
        String escalatedTo,
        String escalationReason) {}
