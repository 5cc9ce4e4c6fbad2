package uk.schoolcompliance.tracker;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import uk.schoolcompliance.tracker.cli.Cli;

/**
 * Starts the command line when the first argument is a command, the window otherwise. It does not
 * extend {@code Application}, so {@code java -jar} works with JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(Cli.run(args, out, err));
        }
        uk.schoolcompliance.tracker.ui.TrackerApp.launchApp(args);
    }
}
