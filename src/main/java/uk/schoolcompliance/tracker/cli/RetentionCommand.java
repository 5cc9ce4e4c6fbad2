package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.RetentionService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.domain.Dates;

@Command(name = "retention", mixinStandardHelpOptions = true,
        description = {"List the leavers whose retention period has ended (the retention_years setting, default 6 "
                + "years after leaving) and whose personal details are due for erasure.",
                "With --apply, erase them as of today: name, email, reference and job title replaced, notes and "
                        + "evidence dropped, the audit entries about their own records redacted (found by their id, "
                        + "never by their name); anonymous counts are kept. A backup is taken first."})
public final class RetentionCommand extends AsOfCommand {

    @Option(names = "--apply", description = "Erase the people listed (without it nothing is changed).")
    boolean apply;

    @Mixin
    JsonOption json;

    @Override
    int run(TrackerServices services, LocalDate date) {
        RetentionService retention = services.retention();
        if (apply) {
            if (services.isReadOnly()) {
                throw new UserException(services.readOnlyReason());
            }
            // erasure is only ever as of today: a future date would erase people still employed, a past one would
            // back-date the erasure; --as-of another day is for the list only
            if (!date.equals(retention.today())) {
                throw new UserException("--as-of: erasure is only ever as of today (" + Dates.forPeople(retention.today())
                        + "), not " + Dates.forPeople(date) + "; leave out --apply to list who will be due then");
            }
        }
        List<RetentionService.Candidate> due = retention.due(date);
        int redacted = 0;
        if (apply && !due.isEmpty()) {
            redacted = retention.erase(due.stream().map(c -> c.staff().id()).toList());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            out.println(Json.write(new RetentionJson(date, retention.retentionYears(),
                    due.stream().map(RetentionJson.Person::of).toList(), apply, apply ? due.size() : 0, redacted)));
            return Cli.OK;
        }
        if (due.isEmpty()) {
            out.printf("Nobody is due for erasure as of %s (retention period: %d years after leaving).%n",
                    Dates.forPeople(date), retention.retentionYears());
            return Cli.OK;
        }
        out.printf("%d %s due for erasure as of %s (retention period: %d years after leaving):%n%n", due.size(),
                due.size() == 1 ? "person is" : "people are", Dates.forPeople(date), retention.retentionYears());
        out.printf("  %-6s %-30s %-10s %-10s %s%n", "id", "name", "left on", "due since", "acknowledgements");
        for (RetentionService.Candidate c : due) {
            out.printf("  %-6d %-30s %-10s %-10s %d%n", c.staff().id(), c.staff().fullName(), Dates.forPeople(c.leftOn()),
                    Dates.forPeople(c.dueOn()), c.acknowledgements());
        }
        out.println();
        if (apply && services.isServer()) {
            out.printf("Erased %d; %d audit log entries redacted (%s is backed up by its administrator)%n", due.size(),
                    redacted, services.databaseLocation());
        } else if (apply) {
            out.printf("Erased %d; %d audit log entries redacted. A backup was taken first in %s%n", due.size(), redacted,
                    services.backups().folder());
        } else {
            out.println("Nothing was changed. Run again with --apply to erase them.");
        }
        return Cli.OK;
    }

    /** The documented JSON shape of {@code retention --json}. */
    record RetentionJson(LocalDate asOf, int retentionYears, List<Person> due, boolean applied, int erased,
                         int auditEntriesRedacted) {

        record Person(long id, String name, LocalDate leftOn, LocalDate dueOn, int acknowledgements) {
            static Person of(RetentionService.Candidate c) {
                return new Person(c.staff().id(), c.staff().fullName(), c.leftOn(), c.dueOn(), c.acknowledgements());
            }
        }
    }
}
