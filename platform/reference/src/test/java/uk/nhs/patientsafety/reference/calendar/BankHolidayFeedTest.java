package uk.nhs.patientsafety.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.reference.ReferenceFiles;

class BankHolidayFeedTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final JsonNode SHIPPED = ReferenceFiles.readResource(WorkingDayCalendar.DATA_FILE);
    // A feed in gov.uk's format: 2025 as it is, 2026 with the early May holiday moved, 2031 new, other divisions.
    private static final JsonNode FEED = ReferenceFiles.readResource("gov-uk-bank-holidays-feed.json");

    @Test
    void years_the_feed_carries_replace_those_years_and_new_years_are_added() {
        BankHolidayFeed.Merge merge = BankHolidayFeed.merge(SHIPPED, FEED, TODAY);

        assertThat(merge.yearsChanged()).containsExactly(2026);
        assertThat(merge.yearsAdded()).containsExactly(2031);
        WorkingDayCalendar merged = calendar(merge);
        assertThat(merged.bankHolidays(2026)).contains(d("2026-05-08")).doesNotContain(d("2026-05-04"));
        assertThat(merged.bankHolidays(2031)).isEqualTo(WorkingDayCalendar.standardBankHolidays(2031));
        assertThat(merged.version()).isEqualTo("2026-12-01");
    }

    @Test
    void years_outside_the_rolling_window_are_kept_as_they_were() {
        WorkingDayCalendar merged = calendar(BankHolidayFeed.merge(SHIPPED, FEED, TODAY));
        WorkingDayCalendar shipped = new WorkingDayCalendar();

        for (int year = 2018; year <= 2030; year++) {
            if (year != 2026) {
                assertThat(merged.bankHolidays(year)).as("year %d", year).isEqualTo(shipped.bankHolidays(year));
            }
        }
        // The one-off changes of past years survive although the feed no longer lists them.
        assertThat(merged.bankHolidays(2022)).contains(d("2022-09-19"));
    }

    @Test
    void only_england_and_wales_is_taken_from_the_feed() {
        WorkingDayCalendar merged = calendar(BankHolidayFeed.merge(SHIPPED, FEED, TODAY));

        assertThat(merged.bankHolidays(2025)).doesNotContain(d("2025-12-01"), d("2025-03-17"));
    }

    @Test
    void a_feed_that_agrees_changes_nothing_and_the_file_layout_round_trips() throws IOException {
        BankHolidayFeed.Merge once = BankHolidayFeed.merge(SHIPPED, FEED, TODAY);
        BankHolidayFeed.Merge twice = BankHolidayFeed.merge(once.data(), FEED, TODAY.plusDays(1));

        assertThat(twice.changed()).isFalse();
        assertThat(twice.data().get("version").asText()).isEqualTo("2026-12-01");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WorkingDayCalendar.DATA_FILE)) {
            String shippedText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(BankHolidayFeed.write(
                            BankHolidayFeed.merge(SHIPPED, emptyFeed(), TODAY).data()))
                    .isEqualTo(shippedText);
        }
    }

    @Test
    void something_that_is_not_the_feed_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BankHolidayFeed.merge(SHIPPED, ReferenceFiles.parse("{\"scotland\":{}}"), TODAY))
                .withMessageContaining("england-and-wales");
    }

    private static JsonNode emptyFeed() {
        return ReferenceFiles.parse("{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[]}}");
    }

    private static WorkingDayCalendar calendar(BankHolidayFeed.Merge merge) {
        byte[] json = BankHolidayFeed.write(merge.data()).getBytes(StandardCharsets.UTF_8);
        return WorkingDayCalendar.fromJson(new ByteArrayInputStream(json));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
