package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.IntegrityCheck;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a database: SQLite integrity, foreign keys and schema version. Changes nothing.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IntegrityCheck.Result result = IntegrityCheck.run(options.db());
        PrintWriter out = spec.commandLine().getOut();
        if (result.ok()) {
            out.printf("%s: ok (schema version %s)%n", result.file(), result.schemaVersion().orElse("none"));
            return Cli.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("error: %s is damaged: %s%n", result.file(), String.join("; ", result.problems()));
        return Cli.USER_ERROR;
    }
}
