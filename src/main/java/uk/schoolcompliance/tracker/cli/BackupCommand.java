package uk.schoolcompliance.tracker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.BackupService;
import uk.schoolcompliance.tracker.domain.Backup;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up a database with SQLite's online backup (safe while the app is open).",
                "Without --to, the backup goes to the backup folder beside the database and the folder is rotated "
                        + "(the 5 newest, one a day for 14 days, one a month for 12 months)."})
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--to", paramLabel = "FILE", description = "Write the backup to this file (never overwritten).")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = options.db();
        BackupService backups = BackupService.ofFile(file, options.clock());
        if (to != null) {
            Path written = backups.backupTo(to);
            spec.commandLine().getOut().printf("Backed up %s to %s (%s)%n", file, written, size(written));
        } else {
            Backup b = backups.backupNow();
            spec.commandLine().getOut().printf("Backed up %s to %s (%s)%n", file, b.file(), size(b.file()));
        }
        return Cli.OK;
    }

    static String size(Path p) {
        try {
            long bytes = Files.size(p);
            return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB" : String.format("%.1f MB", bytes / 1048576.0);
        } catch (java.io.IOException e) {
            return "size unknown";
        }
    }
}
