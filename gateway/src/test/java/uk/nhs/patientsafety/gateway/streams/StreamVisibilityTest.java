package uk.nhs.patientsafety.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.web.OrgTypes;
import uk.nhs.patientsafety.web.Roles;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/** Who sees which event (DOMAIN §9), without Kafka or Keycloak: every "never" below is a fact, not a timeout. */
class StreamVisibilityTest {

    private final StreamVisibility visibility = new StreamVisibility();

    {
        visibility.commissioning = new Commissioning(List.of(
                new Commissioning.Provider("RT5", "Y60", "QK1", Set.of()),
                new Commissioning.Provider("RKB", "Y60", "QWU", Set.of("QK1")),
                new Commissioning.Provider("RX1", "Y59", "QXX", Set.of())));
    }

    private static final StreamEvent RT5 = event("RT5", null);
    private static final StreamEvent RKB = event("RKB", null);
    private static final StreamEvent RX1 = event("RX1", null);

    @Test
    void aProviderSeesOnlyItsOwn() {
        Viewer rt5 = new Viewer("RT5", OrgTypes.PROVIDER, "Y60", Set.of(Roles.PROVIDER_PATIENT_SAFETY_LEAD));

        assertThat(visibility.canSee(rt5, RT5)).isTrue();
        assertThat(visibility.canSee(rt5, RKB)).isFalse();
        assertThat(visibility.canSee(rt5, event(null, "Y60"))).isFalse();
    }

    @Test
    void anIcbSeesTheProvidersItLeadsOrIsResponsibleFor() {
        Viewer qk1 = new Viewer("QK1", OrgTypes.ICB, "Y60", Set.of(Roles.ICB_QUALITY_LEAD));
        Viewer qwu = new Viewer("QWU", OrgTypes.ICB, "Y60", Set.of(Roles.ICB_QUALITY_LEAD));

        assertThat(visibility.canSee(qk1, RT5)).isTrue();
        assertThat(visibility.canSee(qk1, RKB)).as("responsible commissioner").isTrue();
        assertThat(visibility.canSee(qk1, RX1)).isFalse();
        assertThat(visibility.canSee(qwu, RKB)).isTrue();
        assertThat(visibility.canSee(qwu, RT5)).isFalse();
    }

    @Test
    void aRegionSeesWhatIsInItsRegion() {
        Viewer y60 = new Viewer("Y60", OrgTypes.REGION, "Y60", Set.of(Roles.NHSE_REGIONAL));

        assertThat(visibility.canSee(y60, RT5)).isTrue();
        assertThat(visibility.canSee(y60, event(null, "Y60"))).isTrue();
        assertThat(visibility.canSee(y60, RX1)).isFalse();
        assertThat(visibility.canSee(y60, event("RX1", "Y60")))
                .as("the event's own region first")
                .isTrue();
    }

    @Test
    void nationalTeamsSeeEverythingAndARegulatorNothing() {
        Viewer national = new Viewer("X24", OrgTypes.NATIONAL, null, Set.of(Roles.NHSE_NATIONAL));
        Viewer admin = new Viewer("X24", OrgTypes.NATIONAL, null, Set.of(Roles.PLATFORM_ADMIN));
        Viewer cqc = new Viewer("CQC", OrgTypes.REGULATOR, null, Set.of(Roles.CQC_INSPECTOR));

        for (StreamEvent event : List.of(RT5, RKB, RX1, event(null, null))) {
            assertThat(visibility.canSee(national, event)).isTrue();
            assertThat(visibility.canSee(admin, event)).isTrue();
            assertThat(visibility.canSee(cqc, event)).isFalse();
        }
    }

    @Test
    void aViewerWithoutAnOrganisationSeesNothing() {
        Viewer nobody = new Viewer(null, OrgTypes.PROVIDER, null, Set.of(Roles.PROVIDER_REPORTER));

        assertThat(visibility.canSee(nobody, RT5)).isFalse();
    }

    private static StreamEvent event(String providerOds, String region) {
        return new StreamEvent(
                "incident.events.v1/0/1", "incident.events.v1", "incident.X.v1", providerOds, region, Set.of(), "{}");
    }

    private static StreamEvent typed(String type, String providerOds, Set<String> parties) {
        return new StreamEvent("x/0/1", "summit.events.v1", type, providerOds, "Y60", parties, "{}");
    }

    @Test
    void aProviderIsNotShownConcernsAboutItUnlessItRaisedThem() {
        Viewer rt5 = new Viewer("RT5", OrgTypes.PROVIDER, "Y60", Set.of(Roles.PROVIDER_PATIENT_SAFETY_LEAD));
        Viewer qk1 = new Viewer("QK1", OrgTypes.ICB, "Y60", Set.of(Roles.ICB_QUALITY_LEAD));

        // A concern the ICB raised about RT5 (it may come from RT5's own staff or patients).
        StreamEvent concern = typed("summit.QualityConcernRaised.v1", "RT5", Set.of("QK1"));
        assertThat(visibility.canSee(rt5, concern)).isFalse();
        assertThat(visibility.canSee(qk1, concern)).isTrue();
        assertThat(visibility.canSee(rt5, typed("summit.QualityConcernRaised.v1", "RT5", Set.of("RT5"))))
                .as("one it raised itself")
                .isTrue();
        // Escalations about its own organisation are the provider's to see (DOMAIN §9: F for its own organisation).
        assertThat(visibility.canSee(rt5, typed("escalation.EscalationRaised.v1", "RT5", Set.of("QK1", "Y60"))))
                .isTrue();
    }
}
