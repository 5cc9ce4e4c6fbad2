package uk.schoolcompliance.tracker.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.BackupService;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace a database by a backup. The backup is checked first; the database it replaces "
                + "is kept in the backup folder (\"before-restore\", never rotated away).",
                "Refused while the app has the database open."})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup to restore.")
    Path from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Path> kept = BackupService.restore(options.db(), from, options.clock());
        var out = spec.commandLine().getOut();
        out.printf("Restored %s from %s%n", options.db(), from);
        kept.ifPresent(k -> out.printf("The database it replaced was kept as %s%n", k));
        return Cli.OK;
    }
}
