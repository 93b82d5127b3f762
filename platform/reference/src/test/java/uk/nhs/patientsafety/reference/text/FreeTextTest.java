package uk.nhs.patientsafety.reference.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cafodd y claf ei weld gan y meddyg; roedd y ŵyr yn bresennol.\r\nAll fine.",
                "Café naïve façade – BP < 90 and HR > 120; 5 < 6 > 4.\tTeam",
                "Emoji with skin tone 👍🏽, a family 👨‍👩‍👧 and a heart ❤️",
                "Zoë O'Brien-Łukasz"
            })
    void plain_text_in_any_language_with_emoji_is_accepted(String text) {
        assertThat(FreeText.problem(text, 200)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "script tag|<script>alert(1)</script>|plain text",
                "unclosed img tag|see <img src=x onerror=alert(1)|plain text",
                "javascript URL|click JavaScript :alert(1)|plain text",
                "bell|fell\u0007 over|control characters",
                "C1 control|fell\u0085 over|control characters",
                "bidi override|abc\u202Edef|bidirectional",
                "bidi isolate|abc\u2066def|bidirectional",
                "zero-width space|ward\u200B7|zero-width",
                "joiner between letters|w\u200Dard|zero-width",
                "byte order mark|\uFEFFward|zero-width",
                "non-character FFFF|ward\uFFFF|non-characters",
                "non-character FDD0|ward\uFDD0|non-characters",
                "unpaired high surrogate|ward\uD83D|unpaired surrogate",
                "unpaired low surrogate|\uDE00ward|unpaired surrogate"
            })
    void what_hides_or_changes_what_is_displayed_is_refused_with_a_reason(
            String name, String text, String reasonMentions) {
        assertThat(FreeText.problem(text))
                .hasValueSatisfying(reason -> assertThat(reason).contains(reasonMentions));
    }

    @ParameterizedTest
    @CsvSource({"'', must not be blank", "'  \n\t ', must not be blank", "aaaaaa, at most 5"})
    void blank_or_too_long_is_refused(String text, String reason) {
        assertThat(FreeText.problem(text, 5))
                .hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @ParameterizedTest
    @CsvSource({"'😀😀😀😀😀', 5", "'ééééé', 5"})
    void length_counts_characters_as_people_do(String text, int length) {
        assertThat(FreeText.length(text)).isEqualTo(length);
        assertThat(FreeText.problem(text, 5)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ward 7", "ok"})
    void a_refusal_never_repeats_the_text(String text) {
        assertThat(FreeText.problem(text + "\u200B"))
                .hasValueSatisfying(r -> assertThat(r).doesNotContain(text));
    }
}
