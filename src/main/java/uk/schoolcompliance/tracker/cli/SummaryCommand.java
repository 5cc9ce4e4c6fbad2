package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.TrackerServices;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var date = options.asOf(asOf);
        TrackerServices services = options.open();
        Summary s = services.compliance().summary(date);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(s)));
            return Cli.OK;
        }
        out.printf("%s — figures as of %s%n%n", services.settings().schoolName(), Dates.forPeople(s.asOf()));
        row(out, "Staff in post", String.valueOf(s.staffInPost()));
        row(out, "Active policies", String.valueOf(s.policiesActive()));
        row(out, "Acknowledgements required", String.valueOf(s.ackRequired()));
        row(out, "  done", s.ackDone() + " (" + s.ackPercent() + " %)");
        row(out, "  outstanding", String.valueOf(s.ackOutstanding()));
        row(out, "  overdue", String.valueOf(s.ackOverdue()));
        row(out, "Reviews overdue", String.valueOf(s.reviewsOverdue()));
        row(out, "Reviews due soon", String.valueOf(s.reviewsDueSoon()));
        row(out, "Inductions in progress", String.valueOf(s.inductionInProgress()));
        row(out, "Overdue induction items", String.valueOf(s.inductionOverdueItems()));
        return Cli.OK;
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-28s %s%n", label, value);
    }

    /** The documented JSON shape of {@code summary --json}. */
    public static Map<String, Object> toJson(Summary s) {
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("required", s.ackRequired());
        ack.put("done", s.ackDone());
        ack.put("outstanding", s.ackOutstanding());
        ack.put("overdue", s.ackOverdue());
        ack.put("percent", s.ackPercent());
        Map<String, Object> reviews = new LinkedHashMap<>();
        reviews.put("overdue", s.reviewsOverdue());
        reviews.put("dueSoon", s.reviewsDueSoon());
        Map<String, Object> induction = new LinkedHashMap<>();
        induction.put("inProgress", s.inductionInProgress());
        induction.put("overdueItems", s.inductionOverdueItems());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", s.asOf().toString());
        m.put("staffInPost", s.staffInPost());
        m.put("policiesActive", s.policiesActive());
        m.put("acknowledgements", ack);
        m.put("reviews", reviews);
        m.put("induction", induction);
        return m;
    }
}
