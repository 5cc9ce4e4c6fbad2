package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Summary;

@Command(name = "summary", mixinStandardHelpOptions = true, description = "The headline figures as of a date.")
public final class SummaryCommand extends AsOfCommand {

    @Mixin
    JsonOption json;

    @Mixin
    SchoolOption school;

    @Override
    int run(TrackerServices services, LocalDate date) {
        var chosen = school.resolve(services);
        Summary s = services.compliance().calculator(date, chosen).summary();
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            out.println(Json.write(SummaryJson.of(s)));
            return Cli.OK;
        }
        print(out, SchoolOption.heading(services, chosen), s);
        return Cli.OK;
    }

    /** The figures as {@code summary} prints them, under a heading naming whose they are. */
    static void print(PrintWriter out, String heading, Summary s) {
        out.printf("%s — figures as of %s%n%n", heading, Dates.forPeople(s.asOf()));
        row(out, "Staff in post", String.valueOf(s.staffInPost()));
        row(out, "Active policies", String.valueOf(s.policiesActive()));
        row(out, "Acknowledgements required", String.valueOf(s.ackRequired()));
        row(out, "  done", s.ackNotStarted()
                ? s.ackDone() + " (" + FigureWords.NOT_STARTED.toLowerCase(Locale.ROOT) + ": " + FigureWords.NOT_STARTED_WHY + ")"
                : s.ackDone() + " (" + s.ackPercent() + " %)");
        row(out, "  outstanding", String.valueOf(s.ackOutstanding()));
        row(out, "  overdue", String.valueOf(s.ackOverdue()));
        row(out, "  on long-term absence", s.ackAbsent() + ", not chased");
        String noDates = FigureWords.NO_DATES.toLowerCase(Locale.ROOT);
        row(out, "Reviews overdue", s.reviewsOverdue() == 0 && s.reviewDatesMissing()
                ? "0 (" + noDates + ": " + FigureWords.noDates(s) + ")" : String.valueOf(s.reviewsOverdue()));
        row(out, "Reviews due soon", s.reviewsDueSoon() == 0 && s.reviewDatesMissing()
                ? "0 (" + noDates + ")" : String.valueOf(s.reviewsDueSoon()));
        row(out, "Inductions in progress", String.valueOf(s.inductionInProgress()));
        row(out, "Overdue induction items", String.valueOf(s.inductionOverdueItems()));
        row(out, "Data warnings", String.valueOf(s.dataWarnings()));
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-28s %s%n", label, value);
    }

    /**
     * The documented JSON shape of {@code summary --json}: the shared figures ({@link FiguresJson}), with the gaps of
     * people on long-term absence (listed apart, never in "outstanding") and the active policies with a review
     * cycle but no review date yet.
     */
    record SummaryJson(LocalDate asOf, int staffInPost, int policiesActive, Acknowledgements acknowledgements,
                       Reviews reviews, FiguresJson.Induction induction, int dataWarnings) {

        record Acknowledgements(@JsonUnwrapped FiguresJson.Acknowledgements figures, int absent) {
        }

        record Reviews(@JsonUnwrapped FiguresJson.Reviews figures, int noDate) {
        }

        static SummaryJson of(Summary s) {
            return new SummaryJson(s.asOf(), s.staffInPost(), s.policiesActive(),
                    new Acknowledgements(FiguresJson.Acknowledgements.of(s), s.ackAbsent()),
                    new Reviews(FiguresJson.Reviews.of(s), s.reviewsNoDate()), FiguresJson.Induction.of(s),
                    s.dataWarnings());
        }
    }
}
