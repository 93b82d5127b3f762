package uk.nhs.patientsafety.candour.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/** The screening table per ruleset, and the ruleset per provider type on the incident date. */
class CandourPolicyTest {

    static final LocalDate ON = LocalDate.of(2026, 11, 20);
    final CandourPolicy policy = new CandourPolicy(new WorkingDayCalendar());

    static Stream<Arguments> screens() {
        return Stream.of("nhs_trust", "foundation_trust", "gp_practice", "independent_hospital", "care_home")
                .flatMap(type -> Stream.of(
                        Arguments.of(type, "none", false),
                        Arguments.of(type, "low", false),
                        Arguments.of(type, "moderate", true),
                        Arguments.of(type, "severe", true),
                        Arguments.of(type, "fatal", true)));
    }

    @ParameterizedTest(name = "{0}: {1} harm requires assessment = {2}")
    @MethodSource("screens")
    void eachHarmIsScreenedUnderTheProvidersRuleset(String type, String harm, boolean required) {
        CandourPolicy.Screen screen = policy.screen(type, ON, harm, "none", false);

        assertThat(screen.assessmentRequired()).isEqualTo(required);
        assertThat(screen.screenedHarm()).isEqualTo(harm);
        assertThat(screen.ruleset()).isEqualTo(type.endsWith("trust") ? CandourPolicy.REG20_8 : CandourPolicy.REG20_9);
    }

    @Test
    void psychologicalHarmCountsAsMuchAsPhysical() {
        assertThat(policy.screen("nhs_trust", ON, "low", "moderate", false).screenedHarm())
                .isEqualTo("moderate");
        assertThat(policy.screen("gp_practice", ON, "none", "severe", false).assessmentRequired())
                .isTrue();
    }

    @Test
    void aNeverEventIsScreenedInAtAnyHarmOnlyWherePotentialHarmCounts() {
        assertThat(policy.screen("nhs_trust", ON, "none", "none", true).assessmentRequired())
                .isTrue();
        assertThat(policy.screen("independent_hospital", ON, "none", "none", true)
                        .assessmentRequired())
                .isFalse();
    }

    @Test
    void uncertainHarmIsTreatedAsTheMostRelevantHarm() {
        CandourPolicy.Screen screen = policy.screen("gp_practice", ON, null, null, false);

        assertThat(screen.uncertain()).isTrue();
        assertThat(screen.assessmentRequired()).isTrue();
        assertThat(screen.screenedHarm()).isNull();
    }

    @Test
    void anUnknownProviderTypeHasNoRulesetAndIsScreenedWithTheWiderOne() {
        CandourPolicy.Screen screen = policy.screen(null, ON, "none", "none", true);

        assertThat(screen.ruleset()).isNull();
        assertThat(screen.assessmentRequired()).isTrue();
        assertThat(policy.rulesetFor("dentist", ON)).isEmpty();
    }

    @Test
    void theRulesFollowThePolicyInForceOnTheIncidentDate() {
        CandourPolicy dated = CandourPolicy.fromJson(
                """
                {"version": "t", "policies": [
                  {"effectiveFrom": "2015-04-01", "notificationTarget": "10WD", "writtenNotificationTarget": "10WD", "approachingLead": "2WD",
                   "unknownProviderType": "reg20_8", "rulesets": {
                     "reg20_8": {"providerTypes": ["nhs_trust"], "potentialHarmCounts": true,
                       "screenHarms": ["moderate"], "screenNeverEvents": true, "harmCategories": ["moderate_harm"]},
                     "reg20_9": {"providerTypes": ["gp_practice"], "potentialHarmCounts": false,
                       "screenHarms": ["moderate"], "screenNeverEvents": false, "harmCategories": ["death"]}}},
                  {"effectiveFrom": "2027-01-01", "notificationTarget": "5WD", "writtenNotificationTarget": "5WD", "approachingLead": "1WD",
                   "unknownProviderType": "reg20_8", "rulesets": {
                     "reg20_8": {"providerTypes": ["nhs_trust", "gp_practice"], "potentialHarmCounts": true,
                       "screenHarms": ["low", "moderate"], "screenNeverEvents": true,
                       "harmCategories": ["moderate_harm"]},
                     "reg20_9": {"providerTypes": [], "potentialHarmCounts": false,
                       "screenHarms": ["moderate"], "screenNeverEvents": false, "harmCategories": ["death"]}}}]}
                """,
                new WorkingDayCalendar());

        assertThat(dated.rulesetFor("gp_practice", LocalDate.of(2026, 12, 31))).contains("reg20_9");
        assertThat(dated.rulesetFor("gp_practice", LocalDate.of(2027, 1, 1))).contains("reg20_8");
        assertThat(dated.screen("nhs_trust", LocalDate.of(2026, 12, 31), "low", null, false)
                        .assessmentRequired())
                .isFalse();
        assertThat(dated.screen("nhs_trust", LocalDate.of(2027, 1, 4), "low", null, false)
                        .assessmentRequired())
                .isTrue();
        // Mon 4 Jan 2027 + 5 WD = Mon 11 Jan 2027 under the later policy; 10 WD under the earlier one.
        assertThat(dated.notificationDue(LocalDate.of(2027, 1, 4))).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(dated.notificationDue(LocalDate.of(2026, 12, 18))).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void aPolicyWithoutBothRulesetsIsRefusedAtStart() {
        assertThatThrownBy(() -> CandourPolicy.fromJson(
                        """
                        {"version": "t", "policies": [{"effectiveFrom": "2015-04-01", "notificationTarget": "10WD", "writtenNotificationTarget": "10WD",
                          "approachingLead": "2WD", "unknownProviderType": "reg20_8", "rulesets": {
                          "reg20_8": {"providerTypes": [], "potentialHarmCounts": true, "screenHarms": [],
                            "screenNeverEvents": true, "harmCategories": []}}}]}
                        """,
                        new WorkingDayCalendar()))
                .hasMessageContaining("reg20_9");
    }
}
