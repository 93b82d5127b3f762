package uk.nhs.patientsafety.candour.events;

/** A letter's text, held only sealed under the case's vault key: it names and addresses the relevant person. */
public record LetterText(String text) {

    @Override
    public String toString() {
        return "LetterText[redacted]";
    }
}
