package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.ReviewStanding;

@Command(name = "reviews", mixinStandardHelpOptions = true,
        description = "The policy review schedule as of a date: overdue, due soon, in date, no date.")
public final class ReviewsCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "As of this date (default: today).")
    String asOf;

    @Option(names = "--json", description = "Print a JSON list.")
    boolean json;

    @Option(names = "--ics", paramLabel = "FILE", description = "Also write the review dates as an iCalendar file.")
    Path ics;

    @Mixin
    SchoolOption school;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate date = options.asOf(asOf);
        TrackerServices services = options.open();
        var chosen = school.resolve(services);
        List<ReviewService.Scheduled> schedule = services.reviewService().schedule(date, chosen);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ReviewService.Scheduled s : schedule) {
                list.add(toJson(s.standing()));
            }
            out.println(Json.write(list));
        } else {
            out.printf("%s: policy reviews as of %s%n%n", SchoolOption.heading(services, chosen), Dates.forPeople(date));
            out.printf("  %-9s %-10s %-10s %-45s %s%n", "Status", "Next due", "Last", "Policy", "Approving body");
            for (ReviewService.Scheduled s : schedule) {
                ReviewStanding st = s.standing();
                out.printf("  %-9s %-10s %-10s %-45s %s%n", st.status().label(), Dates.forPeople(st.nextDue()),
                        Dates.forPeople(st.lastReviewed()), clip(st.policy().title() + (st.policy().statutory() ? " *" : ""), 45),
                        st.policy().approvingBody() == null ? "" : st.policy().approvingBody());
            }
            out.println();
            out.println("  * statutory");
        }
        if (ics != null) {
            int n = services.reviewService().exportCalendar(date, ics, chosen);
            (json ? spec.commandLine().getErr() : out).printf("Wrote %d events to %s%n", n, ics);
        }
        return Cli.OK;
    }

    /** The documented JSON shape of one line of {@code reviews --json}. */
    public static Map<String, Object> toJson(ReviewStanding s) {
        Policy p = s.policy();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", p.title());
        m.put("statutory", p.statutory());
        m.put("owner", p.owner());
        m.put("approvingBody", p.approvingBody());
        m.put("lastReviewed", Dates.iso(s.lastReviewed()));
        m.put("frequencyMonths", p.reviewMonths());
        m.put("nextDue", Dates.iso(s.nextDue()));
        m.put("status", s.status().code());
        return m;
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
