package uk.nhs.patientsafety.candour.read.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.candour.events.CandourEvents;

/**
 * History entries are built by allow-list: every field of every candour event is on exactly one list, so a field added
 * later is shown to nobody until someone decides who may see it; identities are never shown.
 */
class CaseHistoryTest {

    @Test
    void everyFieldOfEveryEventIsOnExactlyOneList() {
        List<String> unclassified = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (Class<?> type : CandourEvents.CandourEvent.class.getPermittedSubclasses()) {
            for (RecordComponent component : type.getRecordComponents()) {
                String name = component.getName();
                int lists = (CaseHistory.CODES.contains(name) ? 1 : 0)
                        + (CaseHistory.PROVIDER_ONLY.contains(name) ? 1 : 0)
                        + (CaseHistory.NEVER.contains(name) ? 1 : 0);
                if (lists == 0) {
                    unclassified.add(type.getSimpleName() + "." + name);
                } else if (lists > 1) {
                    twice.add(type.getSimpleName() + "." + name);
                }
            }
        }
        assertThat(unclassified).as("fields on no list").isEmpty();
        assertThat(twice).as("fields on two lists").isEmpty();
    }

    @Test
    void identitiesAndLettersAreNeverShownAndTheAccountOnlyToTheProvider() {
        assertThat(CaseHistory.NEVER).contains("sealedPerson", "sealedText", "sealedCopy", "personRef");
        assertThat(CaseHistory.PROVIDER_ONLY)
                .contains("account", "apology", "furtherEnquiries", "rationale", "notes", "text", "answer", "note");
        assertThat(CaseHistory.CODES).doesNotContain("account", "apology", "givenBy", "place", "summary");
    }

    @Test
    void aCommissionerSeesTheStepsNotTheInternalScreens() {
        assertThat(CaseHistory.STATUS_EVENTS).contains("CandourAssessed", "VerbalNotificationGiven", "CandourOverdue");
        assertThat(CaseHistory.STATUS_EVENTS)
                .doesNotContain("CaseScreened", "ContactAttempted", "WrittenNotificationDrafted");
        for (String name : CaseHistory.STATUS_EVENTS) {
            assertThat(java.util.Arrays.stream(CandourEvents.CandourEvent.class.getPermittedSubclasses())
                            .map(Class::getSimpleName))
                    .as(name)
                    .contains(name);
        }
    }
}
