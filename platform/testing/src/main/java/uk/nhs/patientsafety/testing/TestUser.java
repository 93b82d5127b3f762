package uk.nhs.patientsafety.testing;

import java.util.Set;

/** Who a test token speaks for: the claims the platform's realm puts in a real token (BRIEF §4). */
public record TestUser(String subject, Set<String> roles, String org, String orgType, String region) {

    public static TestUser providerReporter(String ods) {
        return new TestUser(ods.toLowerCase() + ".reporter", Set.of("provider-reporter"), ods, "provider", "Y60");
    }

    public static TestUser providerPatientSafetyLead(String ods) {
        return new TestUser(
                ods.toLowerCase() + ".safety", Set.of("provider-patient-safety-lead"), ods, "provider", "Y60");
    }

    public static TestUser providerCandourLead(String ods) {
        return new TestUser(ods.toLowerCase() + ".candour", Set.of("provider-candour-lead"), ods, "provider", "Y60");
    }

    public static TestUser icbQualityLead(String ods) {
        return new TestUser(ods.toLowerCase() + ".quality", Set.of("icb-quality-lead"), ods, "icb", "Y60");
    }

    public static TestUser icbViewer(String ods) {
        return new TestUser(ods.toLowerCase() + ".viewer", Set.of("icb-viewer"), ods, "icb", "Y60");
    }

    public static TestUser nhseRegional(String region) {
        return new TestUser(region.toLowerCase() + ".regional", Set.of("nhse-regional"), region, "region", region);
    }

    public static TestUser nhseNational() {
        return new TestUser("national.lead", Set.of("nhse-national"), "X24", "national", null);
    }

    public static TestUser platformAdmin() {
        return new TestUser("platform.admin", Set.of("platform-admin"), "X24", "national", null);
    }

    public TestUser withRoles(String... newRoles) {
        return new TestUser(subject, Set.of(newRoles), org, orgType, region);
    }
}
