package uk.schoolcompliance.tracker.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;

@Command(name = "add-school", mixinStandardHelpOptions = true,
        description = "Adds a school to the file (a file with more than one school is a trust's).")
public final class AddSchoolCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The school's name (new in this file).")
    String name;

    @Option(names = "--urn", paramLabel = "URN", description = "The school's unique reference number (six digits).")
    String urn;

    @Option(names = "--phase", paramLabel = "PHASE",
            description = "primary, secondary, special, all-through, or trust (the trust's own central team).")
    String phase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (TrackerServices services = options.open()) {
            School s = services.schoolService().add(name, urn, phase);
            spec.commandLine().getOut().printf("Added school %s%s%n", s.name(),
                    s.urn() == null ? "" : " (URN " + s.urn() + ")");
            return Cli.OK;
        }
    }
}
