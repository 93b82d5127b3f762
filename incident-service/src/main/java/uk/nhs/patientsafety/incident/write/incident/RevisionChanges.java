package uk.nhs.patientsafety.incident.write.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uk.nhs.patientsafety.incident.events.IncidentEvents.IncidentContent;
import uk.nhs.patientsafety.incident.events.IncidentEvents.PatientRecord;
import uk.nhs.patientsafety.incident.reference.HarmCodes;

/** What a revision changed, in coded fields only: free text is never named, so the list can be shown to anyone. */
final class RevisionChanges {

    private RevisionChanges() {}

    /** The coded fields that differ, e.g. {@code neverEventType}, {@code patients[1].physicalHarm}. */
    static List<String> codesChanged(IncidentContent before, IncidentContent after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "occurredOn", before.occurredOn(), after.occurredOn());
        compare(changed, "identifiedAt", before.identifiedAt(), after.identifiedAt());
        compare(changed, "nearMiss", before.nearMiss(), after.nearMiss());
        compare(changed, "neverEventType", before.neverEventType(), after.neverEventType());
        compare(changed, "nationalRequirement", before.nationalRequirement(), after.nationalRequirement());
        compare(changed, "outcomeType", before.outcomeType(), after.outcomeType());
        compare(changed, "riskTheme", before.riskTheme(), after.riskTheme());
        compare(changed, "riskImminent", before.riskImminent(), after.riskImminent());
        List<PatientRecord> was = before.patients();
        List<PatientRecord> now = after.patients();
        if (was.size() != now.size()) {
            changed.add("patients");
        }
        for (int i = 0; i < Math.min(was.size(), now.size()); i++) {
            String at = "patients[" + i + "].";
            compare(changed, at + "ref", was.get(i).ref(), now.get(i).ref());
            compare(changed, at + "ageBand", was.get(i).ageBand(), now.get(i).ageBand());
            compare(
                    changed,
                    at + "physicalHarm",
                    was.get(i).physicalHarm(),
                    now.get(i).physicalHarm());
            compare(
                    changed,
                    at + "psychologicalHarm",
                    was.get(i).psychologicalHarm(),
                    now.get(i).psychologicalHarm());
        }
        return List.copyOf(changed);
    }

    /** Whether harm went from {@code was} to a less severe {@code now} (an absent grade counts as lowered). */
    static boolean lower(String was, String now, Function<String, HarmCodes.Harm> grade) {
        if (was == null) {
            return false;
        }
        return now == null || grade.apply(now).compareTo(grade.apply(was)) < 0;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
