package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.domain.StaffMember;

@Command(name = "induction", mixinStandardHelpOptions = true,
        description = "New starters' induction plans: progress and overdue items as of a date.")
public final class InductionCommand extends AsOfCommand {

    @Mixin
    JsonOption json;

    @Mixin
    SchoolOption school;

    @Override
    int run(TrackerServices services, LocalDate date) {
        List<InductionProgress> plans = services.inductionService().progress(date, school.resolve(services));
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            out.println(Json.write(plans.stream().map(PlanJson::of).toList()));
            return Cli.OK;
        }
        out.printf("Induction as of %s: %d plan(s)%n%n", Dates.forPeople(date), plans.size());
        for (InductionProgress p : plans) {
            StaffMember s = p.staff();
            long days = ChronoUnit.DAYS.between(s.startDate(), date);
            out.printf("%-28s %-20s started %s (%s)  %d/%d done%s%n", s.fullName(), s.category().label(),
                    Dates.forPeople(s.startDate()), days >= 0 ? "day " + days : "in " + -days + " days",
                    p.itemsDone(), p.items().size(), p.overdueItems().isEmpty() ? "" : ", " + p.overdueItems().size() + " overdue");
            for (InductionItem i : p.overdueItems()) {
                out.printf("    OVERDUE since %s: %s%n", Dates.forPeople(i.dueDate()), i.title());
            }
        }
        return Cli.OK;
    }

    /** The documented JSON shape of one plan of {@code induction --json}. */
    record PlanJson(String name, String staffRef, String email, String category, LocalDate startDate, int itemsTotal,
                    int itemsDone, List<OverdueItem> overdueItems) {

        record OverdueItem(String title, LocalDate due) {
        }

        static PlanJson of(InductionProgress p) {
            StaffMember s = p.staff();
            return new PlanJson(s.fullName(), s.staffRef(), s.email(), s.category().code(), s.startDate(),
                    p.items().size(), p.itemsDone(),
                    p.overdueItems().stream().map(i -> new OverdueItem(i.title(), i.dueDate())).toList());
        }
    }
}
