package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.time.Clock;

import picocli.CommandLine;
import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.OperatorName;
import uk.schoolcompliance.tracker.app.UserException;

/**
 * Entry point of the command line: exit 0 on success, 1 on a user error (one line naming the
 * file/line/field), 2 on a usage error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private Cli() {
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, AppClock.system());
    }

    /** The command line with {@code clock} as "today" for every command (tests pin it). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock) {
        return commandLine(out, err, clock, OperatorName.forThisComputer());
    }

    /**
     * The command line with {@code clock} as "today" and {@code names} as the name remembered on this computer,
     * the default of {@code --by} (tests point it at a temporary folder).
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock, OperatorName names) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory withClock = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == DbOptions.class ? cls.cast(new DbOptions(clock, names)) : defaults.create(cls);
            }
        };
        CommandLine cl = new CommandLine(new TrackerCommand(), withClock);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable t = ex;
            if (UserException.explainsItself(t) || t instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + oneLine(t.getMessage()));
                commandLine.getErr().flush();
                return USER_ERROR;
            }
            commandLine.getErr().println("error: " + oneLine(String.valueOf(t)));
            commandLine.getErr().flush();
            if (System.getenv("TRACKER_DEBUG") != null) {
                t.printStackTrace(commandLine.getErr());
            }
            return USER_ERROR;
        });
        return cl;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, AppClock.system());
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, out, err, clock, OperatorName.forThisComputer());
    }

    /** Runs a command with {@code names} as the name remembered on this computer (the default of {@code --by}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, OperatorName names) {
        int code = commandLine(out, err, clock, names).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** True when the arguments ask for the command line rather than the window. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return new CommandLine(new TrackerCommand()).getSubcommands().containsKey(first)
                || first.equals("--help") || first.equals("-h") || first.equals("--version") || first.equals("-V");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
