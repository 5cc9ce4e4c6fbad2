package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.StaffImportService;
import uk.schoolcompliance.tracker.app.StaffImportService.Preview;
import uk.schoolcompliance.tracker.app.StaffImportService.Problem;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.StaffMember;

@Command(name = "import-staff", mixinStandardHelpOptions = true,
        description = {"Imports the staff list exported from the MIS or HR system (CSV).",
                "Matches by staff reference, else email, else (for people with neither) name and date of birth",
                "or start date; all or nothing. Prints 'created n, updated n, unchanged n'; when people in post in",
                "the tracker are not in the file, then 'not in this file: n' and one line each '  REF Name' (REF: the",
                "staff reference, else the email, else '-').",
                "On errors prints one line each 'line N: field: problem', writes nothing and exits 1."})
public final class ImportStaffCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Parameters(index = "0", paramLabel = "CSV", description = "The staff list (UTF-8 or Windows-1252, comma or semicolon).")
    Path csv;

    @Option(names = "--dry-run", description = "Show what would change and write nothing.")
    boolean dryRun;

    @Option(names = "--verbose", description = "List every new and changed staff member, field by field.")
    boolean verbose;

    @Option(names = "--school", paramLabel = "NAME|URN",
            description = "Put every row in this school (its exact name or URN); default: new people join the file's "
                    + "first school and matched people stay in theirs.")
    String school;

    @Option(names = "--mark-missing-left", paramLabel = "DATE",
            description = "Mark the people not in this file as left on DATE (YYYY-MM-DD; not after today, not before "
                    + "their start date), in the same transaction as the import.")
    String markMissingLeft;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(csv)) {
            throw new UserException(csv + ": no such file");
        }
        LocalDate leftOn = markMissingLeft == null ? null : Dates.parseIsoField(markMissingLeft, "--mark-missing-left");
        try (TrackerServices services = options.open()) {
            Long into = school == null ? null : services.schoolService().resolve(school).id();
            Preview preview = services.staffImport().preview(csv, into);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!preview.ok()) {
                for (Problem p : preview.problems()) {
                    err.println(p);
                }
                // then one line naming the file, for scripts and people who read only the last line
                Problem first = preview.problems().get(0);
                String where = first.line() <= 1 && first.field().equals("file") ? csv.getFileName() + ": " + first.problem()
                        : csv.getFileName() + " line " + first.line() + ": "
                        + (first.field().equals("file") ? "" : first.field() + ": ") + first.problem();
                int n = preview.problems().size();
                err.println("error: " + where + (n > 1 ? " (" + n + " problems in all)" : "") + "; nothing was imported");
                err.flush();
                return Cli.USER_ERROR;
            }
            if (dryRun) {
                if (leftOn != null) {
                    services.staffImport().checkLeaveDate(preview, leftOn, options.today());
                }
                out.println(preview.counts());
            } else {
                StaffImportService.Outcome outcome = services.staffImport().apply(preview, options.today(),
                        StaffImportService.Options.markMissingLeftOn(leftOn).withIntoSchool(into));
                out.println(outcome.counts());
            }
            if (!preview.missing().isEmpty()) {
                out.println("not in this file: " + preview.missing().size());
                for (StaffMember m : preview.missing()) {
                    out.println("  " + identifier(m) + " " + m.fullName());
                }
            }
            if (dryRun || verbose) {
                for (StaffImportService.Entry e : preview.entries()) {
                    switch (e.kind()) {
                        case NEW -> out.printf("  line %d: new: %s (%s)%n", e.line(), e.after().fullName(),
                                e.after().category().label());
                        case CHANGED -> e.changes().forEach(c -> out.printf("  line %d: %s: %s: '%s' -> '%s'%n", e.line(),
                                e.after().fullName(), c.field(), c.before(), c.after()));
                        case UNCHANGED -> {
                        }
                    }
                }
            }
            if (!preview.file().ignoredColumns().isEmpty()) {
                out.println("ignored columns: " + String.join(", ", preview.file().ignoredColumns()));
            }
            if (dryRun) {
                out.println("dry run: nothing was written");
            }
            return Cli.OK;
        }
    }

    /** How a person not in the file is named for scripts: the staff reference, else the email, else "-". */
    static String identifier(StaffMember m) {
        if (m.staffRef() != null && !m.staffRef().isBlank()) {
            return m.staffRef().strip();
        }
        if (m.email() != null && !m.email().isBlank()) {
            return m.email().strip();
        }
        return "-";
    }
}
