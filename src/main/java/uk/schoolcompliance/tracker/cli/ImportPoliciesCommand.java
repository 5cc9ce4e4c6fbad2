package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.PolicyScheduleImport;
import uk.schoolcompliance.tracker.app.TrackerServices;

@Command(name = "import-policies", mixinStandardHelpOptions = true,
        description = "Imports the school's policy review schedule from CSV or XLSX: each row becomes a policy with a "
                + "first version, or updates the policy of that title. All or nothing.")
public final class ImportPoliciesCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Parameters(index = "0", paramLabel = "CSV|XLSX", description = "The schedule (.csv or .xlsx).")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and report what would change, changing nothing.")
    boolean dryRun;

    @Option(names = "--school", paramLabel = "NAME|URN",
            description = "The rows are this school's own policies (its exact name or URN); default: in a trust's file, "
                    + "trust-wide.")
    String school;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PolicyScheduleImport.Plan plan;
        try (TrackerServices services = options.open()) {
            plan = services.policySchedule().importFile(file, dryRun, services.schoolService().resolveOptional(school));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(plan.tally());
        if (dryRun) {
            out.println("(dry run: nothing was changed)");
        }
        return Cli.OK;
    }
}
