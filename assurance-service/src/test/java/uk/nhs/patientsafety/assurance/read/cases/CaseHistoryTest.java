package uk.nhs.patientsafety.assurance.read.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.access.CaseAccess;
import uk.nhs.patientsafety.assurance.events.CaseEvents;

/** The history is built by allow-list: every field of every event is classified, and free text is full view only. */
class CaseHistoryTest {

    @Test
    void everyFieldOfEveryEventIsShownFullViewOnlyOrNever() {
        List<String> unclassified = new ArrayList<>();
        Deque<Class<?>> records = new ArrayDeque<>(List.of(CaseEvents.CaseEvent.class.getPermittedSubclasses()));
        Set<Class<?>> seen = new HashSet<>();
        while (!records.isEmpty()) {
            Class<?> type = records.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                String name = component.getName();
                if (!CaseHistory.SHOWN.contains(name)
                        && !CaseHistory.FULL_VIEW_ONLY.contains(name)
                        && !CaseHistory.NEVER.contains(name)) {
                    unclassified.add(type.getSimpleName() + "." + name);
                }
                if (CaseHistory.NEVER.contains(name)) {
                    continue;
                }
                if (component.getType().isRecord()) {
                    records.push(component.getType());
                }
                if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element
                        && element.isRecord()) {
                    records.push(element);
                }
            }
        }
        assertThat(unclassified).isEmpty();
        assertThat(seen).contains(CaseEvents.PanelMember.class, CaseEvents.ChecklistAnswer.class);
    }

    @Test
    void thePseudonymisedViewKeepsCodesAndDropsNamesAndFreeText() throws Exception {
        JsonNode event = new ObjectMapper()
                .readTree(
                        """
                {"key": {"caseId": "c"}, "submission": 1, "method": "peer_review_panel",
                 "panel": [{"name": "Dr A", "role": "AMD"}],
                 "checklist": [{"item": "family_involved", "answer": "no", "comment": "Not contacted."}],
                 "comments": "Weak.", "by": "QWU"}
                """);

        JsonNode pseudonymised = CaseHistory.allowed(event, CaseAccess.View.PSEUDONYMISED);
        JsonNode full = CaseHistory.allowed(event, CaseAccess.View.FULL);

        assertThat(pseudonymised.toString())
                .contains("peer_review_panel", "family_involved", "QWU")
                .doesNotContain("Dr A", "AMD", "Not contacted", "Weak", "caseId");
        assertThat(full.toString()).contains("Dr A", "Not contacted", "Weak").doesNotContain("caseId");
    }
}
