package uk.schoolcompliance.tracker.cli;

import static uk.schoolcompliance.tracker.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.DataWarning;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/**
 * {@code warnings --db FILE [--as-of DATE] [--json]}: every data warning ({@code kind}, {@code record},
 * {@code message}), one per line as text; and {@code summary --json}'s {@code dataWarnings}, the same count.
 */
class WarningsCommandTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SOCIAL_MEDIA = "next review due 30/09/2026 is in the same month as the last review 01/09/2026";

    @TempDir
    static Path dir;
    static Path demo;

    @BeforeAll
    static void copyDemo() {
        demo = TestDemo.copy(dir);
    }

    @Test
    void jsonListsEveryWarningWithKindRecordAndMessage() {
        Result r = run("warnings", "--db", demo.toString(), "--as-of", "2026-11-24", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode list = JSON.readTree(r.out());
        assertThat(list.isArray()).isTrue();
        List<DataWarning> expected = TrackerServices.open(demo, TestDemo.ACTOR, TestDemo.CLOCK).compliance()
                .calculator(TestDemo.AS_OF).dataWarnings();
        assertThat(list).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode n = list.get(i);
            assertThat(n.propertyNames()).containsExactly("kind", "record", "message");
            assertThat(n.get("kind").asString()).isEqualTo(expected.get(i).kind().code());
            assertThat(n.get("record").asString()).isEqualTo(expected.get(i).subject());
            assertThat(n.get("message").asString()).isEqualTo(expected.get(i).message());
        }
        // the demo's social media policy: "Next review due by: September 2026" beside "Last reviewed on: September 2026"
        assertThat(list).anySatisfy(n -> {
            assertThat(n.get("kind").asString()).isEqualTo("review-date-error");
            assertThat(n.get("record").asString()).isEqualTo("Social Media Policy");
            assertThat(n.get("message").asString()).isEqualTo(SOCIAL_MEDIA);
        });
        // and the warnings that existed before come from the same place
        assertThat(list).anySatisfy(n -> {
            assertThat(n.get("kind").asString()).isEqualTo("no-email");
            assertThat(n.get("record").asString()).isEqualTo("Staff in post");
            assertThat(n.get("message").asString()).endsWith("in post has no email address");
        });
    }

    @Test
    void textIsOneWarningPerLine() {
        Result json = run("warnings", "--db", demo.toString(), "--as-of", "2026-11-24", "--json");
        Result text = run("warnings", "--db", demo.toString(), "--as-of", "2026-11-24");
        assertThat(text.code()).as(text.err()).isZero();
        List<String> lines = text.out().lines().toList();
        List<String> expected = new ArrayList<>();
        JSON.readTree(json.out()).forEach(n -> expected.add(String.format("%-17s  %s: %s", n.get("kind").asString(),
                n.get("record").asString(), n.get("message").asString())));
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(lines).contains("review-date-error  Social Media Policy: " + SOCIAL_MEDIA);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("no-email           Staff in post: "));
    }

    @Test
    void summaryJsonCountsTheSameWarnings() {
        Result warnings = run("warnings", "--db", demo.toString(), "--as-of", "2026-11-24", "--json");
        Result summary = run("summary", "--db", demo.toString(), "--as-of", "2026-11-24", "--json");
        assertThat(summary.code()).as(summary.err()).isZero();
        JsonNode s = JSON.readTree(summary.out());
        assertThat(s.get("dataWarnings").isInt()).isTrue();
        assertThat(s.get("dataWarnings").asInt()).isEqualTo(JSON.readTree(warnings.out()).size()).isPositive();
        // the text summary says it too
        Result text = run("summary", "--db", demo.toString(), "--as-of", "2026-11-24");
        assertThat(text.out().lines()).contains(String.format("  %-28s %s", "Data warnings", s.get("dataWarnings").asInt()));
    }

    @Test
    void aPolicyWhoseNextReviewIsOnOrBeforeItsLastReviewIsAWarning() {
        Path db = dir.resolve("dates.db");
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        s.repositories().settings().ensureSchool("Dates School", "primary");
        Policy before = s.repositories().policies().insert(new Policy(0, null, "Before Policy", "B1", "HR", false, null, null, 12, null,
                null, LocalDate.of(2025, 6, 1), PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        Policy sameDay = s.repositories().policies().insert(new Policy(0, null, "Same Day Policy", "S1", "HR", false, null, null, 12, null,
                null, LocalDate.of(2026, 3, 2), PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        Policy fine = s.repositories().policies().insert(new Policy(0, null, "Fine Policy", "F1", "HR", false, null, null, 12, null,
                null, LocalDate.of(2027, 3, 1), PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        for (Policy p : List.of(before, sameDay, fine)) {
            s.repositories().versions().insert(new PolicyVersion(0, p.id(), "1.0", null, null, null, "FGB", LocalDate.of(2025, 9, 1),
                    null, LocalDate.of(2025, 9, 1), null, true), null);
        }
        s.repositories().reviews().insert(new Review(0, sameDay.id(), null, null, "Head", LocalDate.of(2026, 3, 2),
                ReviewOutcome.NO_CHANGE, null));
        Result r = run("warnings", "--db", db.toString(), "--as-of", "2026-11-24", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> dateErrors = new ArrayList<>();
        JSON.readTree(r.out()).forEach(n -> {
            if (n.get("kind").asString().equals("review-date-error")) {
                dateErrors.add(n.get("record").asString() + ": " + n.get("message").asString());
            }
        });
        assertThat(dateErrors).containsExactlyInAnyOrder(
                "Before Policy: next review due 01/06/2025 is before the last review 01/09/2025",
                "Same Day Policy: next review due 02/03/2026 is in the same month as the last review 02/03/2026");
        // the other warnings: no document stored for each version
        assertThat(JSON.readTree(r.out())).filteredOn(n -> n.get("kind").asString().equals("no-document")).hasSize(3);
    }

    @Test
    void aFileWithNothingToCorrectPrintsNothingAndAnEmptyList() {
        Path db = dir.resolve("empty.db");
        TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).repositories().settings().ensureSchool("Empty School", "primary");
        Result text = run("warnings", "--db", db.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).isEmpty();
        Result json = run("warnings", "--db", db.toString(), "--json");
        assertThat(JSON.readTree(json.out()).isArray()).isTrue();
        assertThat(JSON.readTree(json.out())).isEmpty();
        assertThat(JSON.readTree(run("summary", "--db", db.toString(), "--json").out()).get("dataWarnings").asInt())
                .isZero();
    }

    @Test
    void badInputIsAOneLineErrorAndUsageErrorsExitTwo() {
        Result bad = run("warnings", "--db", demo.toString(), "--as-of", "24/11/2026");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("error: ").contains("--as-of");
        assertThat(bad.err().lines().count()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(run("warnings", "--db", demo.toString(), "--no-such-flag").code()).isEqualTo(2);
        Result help = run("--help");
        assertThat(help.out()).contains("warnings");
    }
}
