package uk.nhs.patientsafety.candour.read.documents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How long drafting a written notification's PDF takes (issue 11: ≤ 200 ms): the drafting rendering alone, in
 * process, after a warm-up. Not part of the test suite (the name does not end in Test) and asserts nothing; run with
 * {@code ./mvnw -B -o -q -pl candour-service -am verify -Dbenchmark=true -Dtest=LetterPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the line it prints.
 */
class LetterPdfBenchmark {

    @Test
    void draftsAndRendersLetters() {
        // A measurement, not a check: run only when asked (-Dbenchmark=true), so the suite stays quick.
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "run with -Dbenchmark=true");
        String text = uk.nhs.patientsafety.candour.write.candourcase.Letters.draft(
                Optional.of("Janet Examplewoman"),
                new uk.nhs.patientsafety.candour.write.candourcase.Letters.Facts(
                        LocalDate.of(2026, 11, 25),
                        "Family room, ward 7",
                        "Dr A Consultant",
                        "A second dose of enoxaparin was given because the first had not been recorded. ".repeat(8),
                        "A patient safety incident investigation led by the divisional governance team. ".repeat(4),
                        "The chart was not signed at the handover. ".repeat(4),
                        "A named contact, the bereavement service and PALS. ".repeat(3),
                        "We are very sorry that this happened."));
        for (int i = 0; i < 200; i++) {
            LetterRenderer.pdf(text, "RKB", null);
        }
        int runs = 1000;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            LetterRenderer.pdf(text, "RKB", LocalDate.of(2026, 11, 27));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "[benchmark] letter PDF (%d chars): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms over %d%n",
                text.length(),
                nanos[runs / 2] / 1e6,
                nanos[runs * 95 / 100] / 1e6,
                nanos[runs * 99 / 100] / 1e6,
                nanos[runs - 1] / 1e6,
                runs);
    }
}
