package uk.nhs.patientsafety.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionCodesTest {

    enum Table {
        START_REVIEW,
        AGREE_CLOSURE,
        REFUSE_CLOSURE
    }

    @Test
    void actionsAreNamedInLowerCaseWithHyphensAndParsedBack() {
        assertThat(ActionCodes.of(Table.START_REVIEW)).isEqualTo("start-review");
        assertThat(ActionCodes.parse(Table.class, "agree-closure")).contains(Table.AGREE_CLOSURE);
        assertThat(ActionCodes.parse(Table.class, "AGREE_CLOSURE")).isEmpty();
        assertThat(ActionCodes.parse(Table.class, "agree_closure")).isEmpty();
    }

    @Test
    void theAllowedActionsKeepTheTablesOrder() {
        assertThat(ActionCodes.allowed(Table.class, a -> a != Table.START_REVIEW))
                .containsExactly("agree-closure", "refuse-closure");
    }
}
