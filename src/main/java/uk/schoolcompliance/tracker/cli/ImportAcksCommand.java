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
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.app.FormImportService;
import uk.schoolcompliance.tracker.app.FormImportService.Outcome;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;

// no mixinStandardHelpOptions: the contract's --version LABEL takes the name of picocli's --version
@Command(name = "import-acks", description = {"Import acknowledgements from an online-form export (Microsoft Forms, Google Forms, or any CSV "
                + "with an email or name column and a date column) for one policy version.",
                "Staff are matched by email (case-insensitive), or by full name when there is no email column. "
                        + "All or nothing: a malformed file writes nothing."})
public final class ImportAcksCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CSV", description = "The exported responses.")
    Path csv;

    @Option(names = "--policy", required = true, paramLabel = "TITLE", description = "The policy's title.")
    String policy;

    @Option(names = "--version", paramLabel = "LABEL", description = "The version (default: the version in effect today).")
    String version;

    @Option(names = "--method", paramLabel = "M", defaultValue = "online-form",
            description = "How they acknowledged it (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--dry-run", description = "Match and report, but write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (csv == null) { // optional to picocli only so that --help works without it
            spec.commandLine().getErr().println("Missing required parameter: 'CSV'");
            spec.commandLine().usage(spec.commandLine().getErr());
            return Cli.USAGE_ERROR;
        }
        AckMethod m = AckMethod.parse(method).orElseThrow(() -> new IllegalArgumentException("--method: '" + method
                + "' is not a method (use paper, email, online-form, in-person or in-app)"));
        if (!Files.isRegularFile(csv)) {
            throw new UserException(csv + ": no such file");
        }
        try (TrackerServices services = options.open()) {
            AcknowledgementService acks = services.acknowledgementService();
            Policy p = acks.findPolicy(policy);
            PolicyVersion v = acks.findVersion(p, version, options.today());
            FormImportService.Plan plan = services.formImport().preview(csv, v.id(), m);
            if (!dryRun) {
                services.formImport().commit(plan);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(plan.countsLine());
            for (FormImportService.Row row : plan.rows()) {
                if (row.outcome() == Outcome.UNMATCHED || row.outcome() == Outcome.DUPLICATE
                        || row.outcome() == Outcome.OUT_OF_SCOPE) {
                    out.printf("  line %d: %s: %s (%s)%n", row.line(), row.outcome().words(),
                            row.who().isEmpty() ? "(blank)" : row.who(), row.reason());
                }
            }
            if (dryRun) {
                out.println("dry run: nothing was written");
            }
            return Cli.OK;
        }
    }
}
