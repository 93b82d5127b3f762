package uk.nhs.patientsafety.candour.write.candourcase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import uk.nhs.patientsafety.candour.events.LetterText;
import uk.nhs.patientsafety.candour.events.RelevantPerson;
import uk.nhs.patientsafety.eventsourcing.patients.PatientVault;

/**
 * Drafts the written notification (20(4)) from what was recorded at the notification in person, and seals letters
 * under the case's own vault key — the relevant person's — so that erasing them shreds their letters too.
 */
@ApplicationScoped
public class Letters {

    /** The facts a letter repeats: the account, the enquiries and their results so far, the support, the apology. */
    public record Facts(
            LocalDate notifiedOn,
            String place,
            String givenBy,
            String account,
            String furtherEnquiries,
            String enquiryResults,
            String supportOffered,
            String apology) {}

    /** A sealed letter: the vault reference it is sealed under and the sealed text. */
    public record Sealed(String ref, String sealedText) {}

    @Inject
    PatientVault vault;

    /** The relevant person's name, or empty once they were erased. */
    public Optional<String> nameOf(String personRef, String sealedPerson) {
        return vault.open(personRef, sealedPerson, RelevantPerson.class).map(RelevantPerson::name);
    }

    public Sealed seal(String caseId, String text) {
        PatientVault.SealedPatient sealed = vault.sealInRecord("candour:" + caseId, 0, new LetterText(text));
        return new Sealed(sealed.ref(), sealed.sealedIdentity());
    }

    /** The draft in plain text, paragraphs separated by a blank line. */
    public static String draft(Optional<String> name, Facts facts) {
        String results =
                facts.enquiryResults() == null || facts.enquiryResults().isBlank()
                        ? "Our enquiries are continuing. We will write to you again as they progress, and share what they"
                                + " find when they are complete."
                        : facts.enquiryResults();
        return String.join(
                "\n\n",
                "Dear " + name.orElse("Sir or Madam") + ",",
                "Further to our conversation on " + facts.notifiedOn() + " (" + facts.place() + "), I am writing to"
                        + " set out again what we know about what happened, what we are doing to find out more, and"
                        + " to say again how sorry we are.",
                "What happened\n" + facts.account(),
                "What we are doing to find out more\n" + facts.furtherEnquiries(),
                "What we have found so far\n" + results,
                facts.apology(),
                "The support we can offer\n" + facts.supportOffered(),
                "Yours sincerely,\n" + facts.givenBy());
    }
}
