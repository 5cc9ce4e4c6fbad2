package uk.schoolcompliance.tracker.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * {@code server-init --db postgresql://USER@HOST[:PORT]/DBNAME}: creates the tracker's tables on a trust's server
 * (an empty database the server's administrator made), or upgrades them to this version, through the same
 * migrations as the local file. Run once by whoever owns the database (docs/server.md); running it again on a
 * current server changes nothing.
 */
@Command(name = "server-init", mixinStandardHelpOptions = true,
        description = {"Create (or upgrade) Compliance Tracker's tables on a trust's PostgreSQL server.",
                "--db postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]: an existing, empty database owned by USER "
                        + "(see docs/server.md); the password comes from PGPASSWORD or ~/.pgpass."})
public final class ServerInitCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String version = TrackerServices.initServer(options.target(), options.clock());
        spec.commandLine().getOut().printf("%s: ready (schema version %s)%n", options.target(), version);
        return Cli.OK;
    }
}
