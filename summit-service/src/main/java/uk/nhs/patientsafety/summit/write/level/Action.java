package uk.nhs.patientsafety.summit.write.level;

import java.util.Optional;
import uk.nhs.patientsafety.web.ActionCodes;

/**
 * What may be done to a provider's escalation level, and by whom: the lead commissioner's quality lead or the
 * provider's NHS England region changes it, from any level, one step at a time (the aggregate checks the step).
 */
public enum Action {
    CHANGE_LEVEL;

    public String code() {
        return ActionCodes.of(this);
    }

    public static Optional<Action> fromCode(String code) {
        return CHANGE_LEVEL.code().equals(code) ? Optional.of(CHANGE_LEVEL) : Optional.empty();
    }
}
