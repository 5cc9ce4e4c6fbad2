package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.DemoSchool;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.TrustGenerator;
import uk.schoolcompliance.tracker.domain.Dates;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Fill a new database with a realistic multi-academy trust for scale tests and benchmarks.",
                "The same --seed (and --today) always gives the same data. Refuses a database that already holds data."})
public final class GenerateCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--staff", required = true, paramLabel = "N", description = "How many people (staff, governors, volunteers, ...).")
    int staff;

    @Option(names = "--policies", required = true, paramLabel = "M", description = "How many policies.")
    int policies;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date the data is generated as of (default: the demo's anchor date, so runs are repeatable).")
    String today;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate asOf = today == null ? DemoSchool.anchor() : Dates.parseIsoField(today, "--today", options.today());
        long started = System.nanoTime();
        try (TrackerServices services = options.openOrCreate()) {
            TrustGenerator.Result r = services.generateTrust(staff, policies, seed, asOf);
            long ms = (System.nanoTime() - started) / 1_000_000;
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Generated %s as of %s (seed %d) in %.1f s:%n", options.db(), asOf, seed, ms / 1000.0);
            out.printf("  %d schools, %d people, %d policies, %d versions, %d reviews,%n", r.schools(), r.staff(),
                    r.policies(), r.versions(), r.reviews());
            out.printf("  %d acknowledgements, %d induction plans (%d items)%n", r.acknowledgements(), r.inductionPlans(),
                    r.inductionItems());
            return Cli.OK;
        }
    }
}
