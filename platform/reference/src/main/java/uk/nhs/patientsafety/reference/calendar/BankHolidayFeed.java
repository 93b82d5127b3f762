package uk.nhs.patientsafety.reference.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.ReferenceFiles;

/**
 * Brings the bank-holiday data file up to date from the gov.uk feed ({@code https://www.gov.uk/bank-holidays.json}).
 * The feed is a rolling window of a few years, so it is merged, never copied over the file: each year the feed
 * carries replaces that year in the file (a one-off change by proclamation arrives this way), and every year outside
 * the window stays as it was, so deadlines counted years ago still count the same.
 *
 * <p>Run: {@code ./mvnw -q -pl platform/reference compile exec:java} (fetches the live feed) or with
 * {@code -Dbank-holidays.feed=/path/to/bank-holidays.json}; then review the diff and commit it.
 */
public final class BankHolidayFeed {

    public static final String DIVISION = "england-and-wales";

    /** A holiday as the data file and the feed both give it. */
    public record Holiday(LocalDate date, String title) {}

    /** The merged file and what changed, year by year. */
    public record Merge(ObjectNode data, List<Integer> yearsAdded, List<Integer> yearsChanged) {
        public boolean changed() {
            return !yearsAdded.isEmpty() || !yearsChanged.isEmpty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private BankHolidayFeed() {}

    /**
     * Merges the feed's England and Wales events into the data file's years. The version becomes {@code today} when
     * anything changed.
     */
    public static Merge merge(JsonNode dataFile, JsonNode feed, LocalDate today) {
        Map<Integer, List<Holiday>> years = years(dataFile);
        Map<Integer, List<Holiday>> fromFeed = feedYears(feed);
        List<Integer> added = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        fromFeed.forEach((year, holidays) -> {
            List<Holiday> before = years.put(year, holidays);
            if (before == null) {
                added.add(year);
            } else if (!before.equals(holidays)) {
                changed.add(year);
            }
        });
        ObjectNode merged = JSON.createObjectNode();
        boolean changedAny = !added.isEmpty() || !changed.isEmpty();
        merged.put("version", changedAny ? today.toString() : ReferenceFiles.requiredText(dataFile, "version"));
        merged.set("source", dataFile.get("source"));
        merged.put("division", DIVISION);
        ObjectNode yearsNode = merged.putObject("years");
        years.forEach((year, holidays) -> {
            var list = yearsNode.putArray(String.valueOf(year));
            holidays.forEach(
                    h -> list.addObject().put("date", h.date().toString()).put("title", h.title()));
        });
        return new Merge(merged, List.copyOf(added), List.copyOf(changed));
    }

    /** The data file's years, in order, each year's holidays by date. */
    static Map<Integer, List<Holiday>> years(JsonNode dataFile) {
        Map<Integer, List<Holiday>> years = new TreeMap<>();
        dataFile.required("years").fields().forEachRemaining(year -> {
            List<Holiday> holidays = new ArrayList<>();
            year.getValue().forEach(h -> holidays.add(holiday(h)));
            holidays.sort(Comparator.comparing(Holiday::date));
            years.put(Integer.valueOf(year.getKey()), holidays);
        });
        return years;
    }

    /** The feed's England and Wales events grouped by year. */
    static Map<Integer, List<Holiday>> feedYears(JsonNode feed) {
        JsonNode division = feed.get(DIVISION);
        if (division == null || !division.path("events").isArray()) {
            throw new IllegalArgumentException(
                    "not a gov.uk bank-holidays feed: no '" + DIVISION + "' division with an 'events' array");
        }
        Map<Integer, List<Holiday>> years = new TreeMap<>();
        division.get("events").forEach(event -> {
            Holiday holiday = holiday(event);
            years.computeIfAbsent(holiday.date().getYear(), y -> new ArrayList<>())
                    .add(holiday);
        });
        years.values().forEach(list -> list.sort(Comparator.comparing(Holiday::date)));
        return years;
    }

    private static Holiday holiday(JsonNode node) {
        return new Holiday(
                LocalDate.parse(ReferenceFiles.requiredText(node, "date")), ReferenceFiles.requiredText(node, "title"));
    }

    /** The file's layout: one holiday per line, so a merge reads as a small diff. */
    public static String write(ObjectNode data) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"version\": ")
                .append(quote(data.get("version").asText()))
                .append(",\n");
        if (data.hasNonNull("source")) {
            out.append("  \"source\": ")
                    .append(quote(data.get("source").asText()))
                    .append(",\n");
        }
        out.append("  \"division\": ").append(quote(DIVISION)).append(",\n");
        out.append("  \"years\": {\n");
        List<String> years = new ArrayList<>();
        data.get("years").fields().forEachRemaining(year -> {
            List<String> lines = new ArrayList<>();
            year.getValue()
                    .forEach(h ->
                            lines.add("      {\"date\": " + quote(h.get("date").asText()) + ", \"title\": "
                                    + quote(h.get("title").asText()) + "}"));
            years.add("    " + quote(year.getKey()) + ": [\n" + String.join(",\n", lines) + "\n    ]");
        });
        out.append(String.join(",\n", years)).append("\n  }\n}\n");
        return out.toString();
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code BankHolidayFeed <feed file or https URL> <data file>}: merges and rewrites the data file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BankHolidayFeed <feed file or URL> <data file>");
            System.exit(2);
        }
        JsonNode feed;
        try (InputStream in = args[0].startsWith("https://")
                ? URI.create(args[0]).toURL().openStream()
                : Files.newInputStream(Path.of(args[0]))) {
            feed = ReferenceFiles.read(in);
        }
        Path file = Path.of(args[1]);
        JsonNode data = ReferenceFiles.parse(Files.readString(file, StandardCharsets.UTF_8));
        Merge merge = merge(data, feed, LocalDate.now(England.ZONE));
        if (!merge.changed()) {
            System.out.println("No change: the data file already agrees with the feed.");
            return;
        }
        Files.writeString(file, write(merge.data()), StandardCharsets.UTF_8);
        System.out.println("Merged into " + file + ": years added " + merge.yearsAdded() + ", years changed "
                + merge.yearsChanged() + ". Review the diff before committing.");
    }
}
