package uk.nhs.patientsafety.summit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The automatic concern rules as dated configuration. */
class ConcernRulesTest {

    static final String RULES =
            """
            {"version": "t", "policies": [
              {"effectiveFrom": "2013-01-01", "neverEvent": {"enabled": true},
               "repeatSeriousIncidents": {"enabled": true, "count": 2, "window": "90CD"}},
              {"effectiveFrom": "2027-01-01", "neverEvent": {"enabled": true},
               "repeatSeriousIncidents": {"enabled": true, "count": 3, "window": "6M"}}]}
            """;

    @Test
    void theRuleInForceOnTheIncidentsDateApplies() {
        ConcernRules rules = ConcernRules.fromJson(RULES);
        assertThat(rules.inForceOn(LocalDate.of(2026, 12, 31)).count()).isEqualTo(2);
        assertThat(rules.inForceOn(LocalDate.of(2027, 1, 1)).count()).isEqualTo(3);
        assertThat(rules.inForceOn(LocalDate.of(2027, 1, 1)).window().text()).isEqualTo("6M");
    }

    @Test
    void beforeAnyRuleTookEffectNoRuleApplies() {
        ConcernRules.Period none = ConcernRules.fromJson(RULES).inForceOn(LocalDate.of(2012, 12, 31));
        assertThat(none.neverEvent()).isFalse();
        assertThat(none.repeatSeriousIncidents()).isFalse();
        assertThat(none.themeIdentified()).isFalse();
    }

    @Test
    void theShippedRulesRaiseOnANeverEventAndTwoSeriousIncidentsIn90Days() {
        ConcernRules.Period now = new ConcernRules().inForceOn(LocalDate.of(2026, 12, 1));
        assertThat(now.neverEvent()).isTrue();
        assertThat(now.count()).isEqualTo(2);
        assertThat(now.window().text()).isEqualTo("90CD");
        assertThat(now.themeIdentified()).isTrue();
    }
}
