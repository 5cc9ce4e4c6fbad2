package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.ReviewStanding;

@Command(name = "reviews", mixinStandardHelpOptions = true,
        description = "The policy review schedule as of a date: overdue, due soon, in date, no date.")
public final class ReviewsCommand extends AsOfCommand {

    @Mixin
    JsonOption json;

    @Option(names = "--ics", paramLabel = "FILE", description = "Also write the review dates as an iCalendar file.")
    Path ics;

    @Mixin
    SchoolOption school;

    @Override
    int run(TrackerServices services, LocalDate date) {
        var chosen = school.resolve(services);
        if (ics != null) {
            services.outputs().check(ics); // before the schedule is printed: a refusal is the only line
        }
        List<ReviewService.Scheduled> schedule = services.reviewService().schedule(date, chosen);
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            out.println(Json.write(schedule.stream().map(s -> ReviewJson.of(s.standing())).toList()));
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
            (json.on() ? spec.commandLine().getErr() : out).printf("Wrote %d events to %s%n", n, ics);
        }
        return Cli.OK;
    }

    /** The documented JSON shape of one line of {@code reviews --json}. */
    record ReviewJson(String policy, boolean statutory, String owner, String approvingBody, LocalDate lastReviewed,
                      Integer frequencyMonths, LocalDate nextDue, String status) {

        static ReviewJson of(ReviewStanding s) {
            Policy p = s.policy();
            return new ReviewJson(p.title(), p.statutory(), p.owner(), p.approvingBody(), s.lastReviewed(),
                    p.reviewMonths(), s.nextDue(), s.status().code());
        }
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
