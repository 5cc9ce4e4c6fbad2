package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.BackupService;
import uk.schoolcompliance.tracker.app.RestorePlan;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.domain.Actor;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace a database by a backup. The backup is checked first; the database it replaces "
                + "is kept in the backup folder (\"before-restore\", never rotated away).",
                "First lists what the restore would undo (the changes recorded since the backup, the imports and "
                        + "erasures among them); when there is anything, nothing is restored without --yes.",
                "People erased since the backup are erased again after restoring unless --keep-erased-restored is "
                        + "given. The restore is recorded in the audit log. Refused while the app has the database open."})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup to restore.")
    Path from;

    @Option(names = "--yes", description = "Restore even though it undoes the changes listed (without it, a restore "
            + "that would undo anything lists it, changes nothing and exits 1).")
    boolean yes;

    @Option(names = "--keep-erased-restored", description = "Do not erase again the people erased since the backup "
            + "was taken: their personal details come back from the backup (the audit log records it).")
    boolean keepErasedRestored;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean reapply = !keepErasedRestored;
        RestorePlan plan = BackupService.planRestore(options.db(), from, options.clock());
        plan.lines(reapply, ZoneId.systemDefault()).forEach(out::println);
        if (plan.needsConfirmation() && !yes) {
            out.flush();
            throw new UserException("nothing was restored: add --yes to restore " + options.db() + " from " + from
                    + " and undo the changes listed above");
        }
        BackupService.RestoreOutcome done = BackupService.restore(options.db(), from, options.clock(),
                Actor.fromSystem(options.operator), reapply, plan);
        out.printf("Restored %s from %s%n", options.db(), from);
        if (!done.reapplied().isEmpty()) {
            out.printf("Erased again: %s recorded since the backup (%s)%n",
                    count(done.reapplied().size(), "erasure"), people(done.reapplied()));
        }
        if (!done.notReapplied().isEmpty()) {
            out.printf("Not erased again (--keep-erased-restored): %s recorded since the backup (%s); their details are "
                    + "back%n", count(done.notReapplied().size(), "erasure"), people(done.notReapplied()));
        }
        done.kept().ifPresent(k -> out.printf("The database it replaced was kept as %s%n", k));
        return Cli.OK;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String people(List<Long> ids) {
        return String.join(", ", ids.stream().map(id -> "person #" + id).toList());
    }
}
