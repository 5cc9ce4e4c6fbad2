package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.domain.StaffMember;

@Command(name = "induction", mixinStandardHelpOptions = true,
        description = "New starters' induction plans: progress and overdue items as of a date.")
public final class InductionCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Mixin
    AsOfOption asOf;

    @Mixin
    JsonOption json;

    @Mixin
    SchoolOption school;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate date = asOf.date();
        TrackerServices services = options.open();
        List<InductionProgress> plans = services.inductionService().progress(date, school.resolve(services));
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            out.println(Json.write(toJson(plans)));
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

    /** The documented JSON shape of {@code induction --json}. */
    public static List<Map<String, Object>> toJson(List<InductionProgress> plans) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (InductionProgress p : plans) {
            StaffMember s = p.staff();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.fullName());
            m.put("staffRef", s.staffRef());
            m.put("email", s.email());
            m.put("category", s.category().code());
            m.put("startDate", s.startDate().toString());
            m.put("itemsTotal", p.items().size());
            m.put("itemsDone", p.itemsDone());
            List<Map<String, Object>> overdue = new ArrayList<>();
            for (InductionItem i : p.overdueItems()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("title", i.title());
                o.put("due", i.dueDate().toString());
                overdue.add(o);
            }
            m.put("overdueItems", overdue);
            out.add(m);
        }
        return out;
    }
}
