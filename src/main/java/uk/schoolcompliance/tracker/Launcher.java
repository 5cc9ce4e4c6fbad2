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
        if (isCommand(args)) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(Cli.run(args, out, err));
        }
        uk.schoolcompliance.tracker.ui.TrackerApp.launchApp(args);
    }

    /**
     * {@link Cli#isCommand}, without building the command line for the window's own arguments ({@code --db FILE},
     * {@code --demo}, none): picocli's model of every command costs half a second or more of class loading before
     * the window can start (issue 17). A first argument starting with "-" is never a command's name.
     */
    static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (first.startsWith("-")) {
            return first.equals("--help") || first.equals("-h") || first.equals("--version") || first.equals("-V");
        }
        return Cli.isCommand(args);
    }
}
