package uk.schoolcompliance.tracker.cli;

import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.UserException;

/** What the role commands (server-grant, server-revoke, server-users) share. */
final class ServerCommands {

    private ServerCommands() {
    }

    /** A file is refused before anything is opened: roles are a trust server's. */
    static void mustBeServer(DbOptions options, String command) {
        if (!TrackerServices.namesServer(options.target())) {
            throw new UserException("--db " + options.target() + ": " + command
                    + " works on a trust's server (postgresql://...), not a database file");
        }
    }
}
