package uk.schoolcompliance.tracker.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.schoolcompliance.tracker.app.ServerAccessService;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * {@code server-grant --db URL --user LOGIN --role ROLE [--school NAME|URN]}: a trust admin gives a login a role on
 * the trust's server (issue #19). The login must exist (the trust's IT makes logins and their passwords); PostgreSQL
 * then enforces the role (docs/server.md, section 3).
 */
@Command(name = "server-grant", mixinStandardHelpOptions = true,
        description = {"Give a login a role on a trust's PostgreSQL server (run by a trust admin).",
                "Roles: trust-admin (everything), school-office (a school's staff, inductions, acknowledgements and "
                        + "own policies), school-leader (as office, plus reviews and approvals of the school's "
                        + "policies), governor (figures and the review schedule of a school, or of the whole trust "
                        + "without --school). The login must already exist: the trust's IT makes it."})
public final class ServerGrantCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--user", paramLabel = "LOGIN", required = true, description = "The PostgreSQL login role.")
    String user;

    @Option(names = "--role", paramLabel = "ROLE", required = true,
            description = "trust-admin, school-office, school-leader or governor.")
    String role;

    @Option(names = "--school", paramLabel = "NAME|URN",
            description = "The school (its exact name or URN); none for trust-admin and a governor of the whole trust.")
    String school;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerCommands.mustBeServer(options, "server-grant");
        ServerAccessService.checkRole(role);
        try (TrackerServices services = options.open()) {
            ServerAccessService.Granted g = services.serverAccess().grant(user, role, school);
            String what = ServerAccessService.describe(role, g.grant().school());
            spec.commandLine().getOut().println(g.changed() ? user + ": granted " + what
                    : user + " already has " + what + "; nothing was changed");
        }
        return Cli.OK;
    }
}
