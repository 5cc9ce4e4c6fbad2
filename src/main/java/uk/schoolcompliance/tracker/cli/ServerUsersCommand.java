package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.schoolcompliance.tracker.app.ServerAccessService;
import uk.schoolcompliance.tracker.app.TrackerServices;

/** {@code server-users --db URL [--json]}: who has which role on a trust's server (run by a trust admin). */
@Command(name = "server-users", mixinStandardHelpOptions = true,
        description = {"Who has which role on a trust's PostgreSQL server: login, role and school (run by a trust admin)."})
public final class ServerUsersCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    /** The documented JSON shape of one entry of {@code server-users --json}; school null: the whole trust. */
    record UserJson(String login, String role, String school, String urn) {
    }

    @Override
    public Integer call() {
        ServerCommands.mustBeServer(options, "server-users");
        try (TrackerServices services = options.open()) {
            List<ServerAccessService.UserGrant> users = services.serverAccess().users();
            PrintWriter out = spec.commandLine().getOut();
            if (json.on()) {
                out.println(Json.write(users.stream().map(u -> new UserJson(u.login(), u.role(), u.school(), u.urn()))
                        .toList()));
                return Cli.OK;
            }
            out.printf("Roles on %s: %d%n%n", options.target(), users.size());
            out.printf("  %-24s %-14s %s%n", "Login", "Role", "School");
            for (ServerAccessService.UserGrant u : users) {
                out.printf("  %-24s %-14s %s%n", u.login(), u.role(), u.school() == null ? "(the whole trust)"
                        : u.school() + (u.urn() == null ? "" : " (URN " + u.urn() + ")"));
            }
        }
        return Cli.OK;
    }
}
