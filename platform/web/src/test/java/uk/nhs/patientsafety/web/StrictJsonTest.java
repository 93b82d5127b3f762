package uk.nhs.patientsafety.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the shared ObjectMapper refuses to guess. */
class StrictJsonTest {

    public record Body(String text, LocalDate day, int count, Integer optional) {}

    static final ObjectMapper JSON = strict();

    static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"text\": 5}",
                "{\"text\": 5.5}",
                "{\"text\": true}",
                "{\"day\": \"2026-11-20T23:30:00Z\"}",
                "{\"day\": \"2026-11-20T10:00:00\"}",
                "{\"count\": 1.5}",
                "{\"count\": null}"
            })
    void a_value_of_the_wrong_kind_is_refused_naming_the_field(String json) {
        assertThatThrownBy(() -> JSON.readValue(json, Body.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath()).isNotEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"text\": \"5\", \"day\": \"2026-11-20\", \"count\": 2}|5|2026-11-20|2",
                "{\"count\": 0, \"optional\": null}||null|0"
            })
    void well_typed_values_are_read_as_given(String json, String text, String day, int count) throws Exception {
        Body body = JSON.readValue(json, Body.class);

        assertThat(body.text()).isEqualTo(text);
        assertThat(body.day()).isEqualTo("null".equals(day) ? null : LocalDate.parse(day));
        assertThat(body.count()).isEqualTo(count);
    }
}
