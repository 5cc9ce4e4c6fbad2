package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Summary;

@Command(name = "summary", mixinStandardHelpOptions = true, description = "The headline figures as of a date.")
public final class SummaryCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Compute the figures as of this date (default: today).")
    String asOf;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Mixin
    SchoolOption school;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var date = options.asOf(asOf);
        TrackerServices services = options.open();
        var chosen = school.resolve(services);
        Summary s = services.compliance().calculator(date, chosen).summary();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(s)));
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

    /** The acknowledgement figures every JSON output shares: required, done, outstanding, overdue, percent. */
    static Map<String, Object> acknowledgementsJson(Summary s) {
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("required", s.ackRequired());
        ack.put("done", s.ackDone());
        ack.put("outstanding", s.ackOutstanding());
        ack.put("overdue", s.ackOverdue());
        ack.put("percent", s.ackPercent());
        return ack;
    }

    /** The review figures every JSON output shares: overdue, dueSoon. */
    static Map<String, Object> reviewsJson(Summary s) {
        Map<String, Object> reviews = new LinkedHashMap<>();
        reviews.put("overdue", s.reviewsOverdue());
        reviews.put("dueSoon", s.reviewsDueSoon());
        return reviews;
    }

    /** The induction figures: inProgress, overdueItems. */
    static Map<String, Object> inductionJson(Summary s) {
        Map<String, Object> induction = new LinkedHashMap<>();
        induction.put("inProgress", s.inductionInProgress());
        induction.put("overdueItems", s.inductionOverdueItems());
        return induction;
    }

    /** The documented JSON shape of {@code summary --json}. */
    public static Map<String, Object> toJson(Summary s) {
        Map<String, Object> ack = acknowledgementsJson(s);
        // added: gaps of people on long-term absence, listed apart and never in "outstanding"
        ack.put("absent", s.ackAbsent());
        Map<String, Object> reviews = reviewsJson(s);
        // added: active policies with a review cycle but no review date yet
        reviews.put("noDate", s.reviewsNoDate());
        Map<String, Object> induction = inductionJson(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", s.asOf().toString());
        m.put("staffInPost", s.staffInPost());
        m.put("policiesActive", s.policiesActive());
        m.put("acknowledgements", ack);
        m.put("reviews", reviews);
        m.put("induction", induction);
        m.put("dataWarnings", s.dataWarnings());
        return m;
    }
}
