package uk.schoolcompliance.tracker.cli;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.DemoSchool;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.UserException;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the demo school (Oakfield Primary) in a new database file. Refuses to overwrite a file.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--as-written", description = "Keep the sample files' dates as written (anchored on ${sys:demo.anchor:-the anchor date}) instead of moving them to today.")
    boolean asWritten;

    @Option(names = "--trust", description = "Create the demo trust instead: Vale Learning Trust with three small schools, "
            + "one with a policy of its own.")
    boolean trust;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(options.db())) {
            throw new UserException(options.db() + " already exists; the demo never overwrites a file (choose another --db)");
        }
        try (TrackerServices services = options.openOrCreate()) {
            LocalDate today = asWritten ? DemoSchool.anchor() : options.today();
            if (trust) {
                services.demoTrust().build(today);
                spec.commandLine().getOut().printf("Created the demo trust in %s (%d schools, %d staff, %d policies)%n",
                        options.db(), services.schoolService().choices().size() - 1, services.staffCount(),
                        services.allPolicies().size());
                return Cli.OK;
            }
            services.demoSchool().build(today);
            spec.commandLine().getOut().printf("Created the demo school in %s (%d staff, %d policies)%n",
                    options.db(), services.staffCount(), services.allPolicies().size());
            return Cli.OK;
        }
    }
}
