package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.domain.Dates;

/** {@code --as-of} and {@code --json} are one shared option each ({@link AsOfOption}, {@link JsonOption}). */
class SharedOptionsTest {

    @TempDir
    Path dir;

    private static CommandLine commandLine(Clock clock) {
        return Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), clock);
    }

    @Test
    void everyAsOfIsTheSharedDateOptionAndEveryJsonTheSharedSwitch() {
        List<String> dated = new ArrayList<>();
        List<String> json = new ArrayList<>();
        commandLine(TestDemo.CLOCK).getSubcommands().forEach((name, sub) -> {
            OptionSpec asOf = sub.getCommandSpec().findOption("--as-of");
            if (asOf != null) {
                assertThat(asOf.type()).as(name).isEqualTo(AsOfOption.Reading.class);
                assertThat(sub.getCommandSpec().mixins().values()).as(name)
                        .anyMatch(m -> m.userObject() instanceof AsOfOption);
                dated.add(name);
            }
            OptionSpec j = sub.getCommandSpec().findOption("--json");
            if (j != null && j.group() == null) { // gaps' --json is one of a group with --csv (exclusive)
                assertThat(sub.getCommandSpec().mixins().values()).as(name)
                        .anyMatch(m -> m.userObject() instanceof JsonOption);
                json.add(name);
            }
        });
        assertThat(dated).containsExactlyInAnyOrder("summary", "gaps", "induction", "reviews", "report", "schools",
                "retention", "bench", "warnings", "copy-to-server");
        assertThat(json).containsExactlyInAnyOrder("summary", "induction", "reviews", "schools", "retention",
                "warnings", "import-policy", "server-users");
    }

    @Test
    void theDateIsReadByTheDomainsStrictReaderAsOfTheAppsToday() {
        AsOfOption.Reader reader = new AsOfOption.Reader(TestDemo.CLOCK);
        assertThat(reader.convert("2026-11-24").date()).isEqualTo(LocalDate.of(2026, 11, 24));
        for (String bad : List.of("2026-13-01", "31/11/2026", "", "  ", "2026-02-29", "2099-01-01", "1900-01-01",
                "+999999999-12-31", "2026-11-24T10:00")) {
            AsOfOption.Reading r = reader.convert(bad);
            assertThat(r.date()).as(bad).isNull();
            // exactly the line the domain's reader gives for the option
            assertThatThrownBy(() -> Dates.parseIsoField(bad, "--as-of", TestDemo.AS_OF))
                    .hasMessage(r.refused().getMessage());
        }
    }

    @Test
    void aRefusedDateIsThrownWhenTheCommandAsksAndLeftOutIsToday() {
        AsOfOption option = new AsOfOption(TestDemo.CLOCK);
        assertThat(option.given()).isEmpty();
        assertThat(option.date()).isEqualTo(TestDemo.AS_OF);
        option.given = new AsOfOption.Reader(TestDemo.CLOCK).convert("2026-09-01");
        assertThat(option.date()).isEqualTo(LocalDate.of(2026, 9, 1));
        option.given = new AsOfOption.Reader(TestDemo.CLOCK).convert("31/11/2026");
        assertThatThrownBy(option::date).isInstanceOf(UserException.class)
                .hasMessage("--as-of: '31/11/2026' is not a date (use YYYY-MM-DD)");
    }

    @Test
    void theWindowFollowsTheClockTheCommandLineIsGiven() {
        Path db = TestDemo.copy(dir);
        String[] args = {"summary", "--db", db.toString(), "--as-of", "2037-06-01", "--json"};
        StringWriter err = new StringWriter();
        assertThat(Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err), TestDemo.CLOCK)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: --as-of: '2037-06-01' is too far ahead: dates up to 24/11/2036 (10 "
                + "years from today) are accepted\n");
        Clock aYearOn = AppClock.startingAt(TestDemo.AS_OF.plusYears(1));
        StringWriter out = new StringWriter();
        err = new StringWriter();
        assertThat(Cli.run(args, new PrintWriter(out), new PrintWriter(err), aYearOn)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"asOf\" : \"2037-06-01\"");
    }

    @Test
    void eachCommandKeepsItsOwnWordingOfTheSharedOptions() {
        var subs = commandLine(TestDemo.CLOCK).getSubcommands();
        assertThat(subs.get("induction").getCommandSpec().findOption("--as-of").description())
                .containsExactly("As of this date (default: today).");
        assertThat(subs.get("bench").getCommandSpec().findOption("--as-of").description()).containsExactly(
                "Compute as of this date (default: the date the database was generated as of, else today).");
        assertThat(subs.get("schools").getCommandSpec().findOption("--json").description())
                .containsExactly("Print a JSON list, one object per school.");
    }
}
