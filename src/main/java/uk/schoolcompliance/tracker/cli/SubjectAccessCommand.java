package uk.schoolcompliance.tracker.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.SubjectAccessService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffMember;

@Command(name = "subject-access", mixinStandardHelpOptions = true,
        description = "Export everything held about one staff member (details, acknowledgements, induction, "
                + "audit entries) as a PDF and a CSV. Changes nothing.")
public final class SubjectAccessCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--staff", paramLabel = "REF|EMAIL|#ID", required = true,
            description = "The staff member: their staff reference or email (exact, any case), or #ID for a database id.")
    String staff;

    @Option(names = "--out", paramLabel = "FOLDER", description = "Where to write the two files (default: the current folder).")
    Path out = Path.of(".");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (TrackerServices services = options.open()) {
            StaffMember who = services.staffService().identify(staff);
            SubjectAccessService.Export export = services.subjectAccess().export(who.id(), options.today(), out);
            spec.commandLine().getOut().printf("Wrote %s%nWrote %s%n", export.pdf(), export.csv());
            return Cli.OK;
        }
    }
}
