package uk.nhs.patientsafety.candour.read.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A letter's text becomes HTML with every character escaped, and a PDF. */
class LetterRendererTest {

    @Test
    void htmlEscapesTheTextAndKeepsItsParagraphs() {
        String html = LetterRenderer.html("Dear A & B,\n\nWhat happened\n\"It\" was <late>.", "RKB", null);

        assertThat(html)
                .contains("<p>Dear A &amp; B,</p>")
                .contains("<p>What happened<br>\n&quot;It&quot; was &lt;late&gt;.</p>")
                .contains("Draft")
                .doesNotContain("<late>");
        assertThat(LetterRenderer.html("x", "RKB", LocalDate.of(2026, 1, 2))).contains("Sent on 2026-01-02");
    }

    @Test
    void thePdfIsAPdf() {
        byte[] pdf = LetterRenderer.pdf("Dear A,\n\nWhat happened\nA fall.\n\nSorry.", "RKB", null);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(500);
    }
}
