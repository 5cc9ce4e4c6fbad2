package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.schoolcompliance.tracker.app.ServerAccessService;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * {@code server-revoke --db URL --user LOGIN [--role ROLE] [--school NAME|URN]}: a trust admin takes roles from a
 * login (every role without {@code --role}, at every school without {@code --school}). The login itself stays (the
 * trust's IT removes logins).
 */
@Command(name = "server-revoke", mixinStandardHelpOptions = true,
        description = {"Take a login's roles on a trust's PostgreSQL server (run by a trust admin).",
                "Without --role every role is taken, without --school at every school; the login itself stays."})
public final class ServerRevokeCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--user", paramLabel = "LOGIN", required = true, description = "The PostgreSQL login role.")
    String user;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "trust-admin, school-office, school-leader or governor (default: every role).")
    String role;

    @Option(names = "--school", paramLabel = "NAME|URN",
            description = "The school (its exact name or URN; default: every school).")
    String school;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerCommands.mustBeServer(options, "server-revoke");
        ServerAccessService.checkRole(role);
        try (TrackerServices services = options.open()) {
            List<ServerAccessService.UserGrant> taken = services.serverAccess().revoke(user, role, school);
            PrintWriter out = spec.commandLine().getOut();
            if (taken.isEmpty()) {
                out.println(user + " has no such role; nothing was changed");
            }
            for (ServerAccessService.UserGrant g : taken) {
                out.println(user + ": revoked " + ServerAccessService.describe(g.role(), g.school()));
            }
        }
        return Cli.OK;
    }
}
