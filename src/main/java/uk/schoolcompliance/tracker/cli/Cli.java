package uk.schoolcompliance.tracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.Clock;

import picocli.CommandLine;
import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.InternalErrorLog;
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
    public static final int INTERNAL_ERROR = 3;

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
                if (cls == DbOptions.class) {
                    return cls.cast(new DbOptions(clock, names));
                }
                if (cls == AsOfOption.class) {
                    return cls.cast(new AsOfOption(clock));
                }
                if (cls == AsOfOption.Reader.class) {
                    return cls.cast(new AsOfOption.Reader(clock));
                }
                return defaults.create(cls);
            }
        };
        CommandLine cl = new CommandLine(new TrackerCommand(), withClock);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                handle(ex, commandLine.getCommandName(), err, clock));
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
        int code = execute(commandLine(out, err, clock, names), args, err, clock);
        out.flush();
        err.flush();
        return code;
    }

    /** Runs {@code cl}, handling what picocli lets through (it hands its handler exceptions, not errors). */
    static int execute(CommandLine cl, String[] args, PrintWriter err, Clock clock) {
        try {
            return cl.execute(args);
        } catch (Error | RuntimeException e) {
            return handle(e, args.length == 0 ? cl.getCommandName() : args[0], err, clock);
        }
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

    /**
     * What a command's failure prints and returns. A user error (bad input, a refused file, a database that cannot
     * be used, a file that cannot be read or written) is one line {@code error: ...} and exit 1; anything else is a
     * bug: its stack trace goes to a report ({@link InternalErrorLog}) and the one line says where, exit 3. Neither
     * ever prints a stack trace or a Java class name on the console ({@code TRACKER_DEBUG} set prints the trace).
     */
    static int handle(Throwable t, String command, PrintWriter err, Clock clock) {
        if (t instanceof CommandLine.ExecutionException && t.getCause() != null) {
            t = t.getCause();
        }
        String userError = userError(t);
        if (userError != null) {
            err.println("error: " + oneLine(userError));
            err.flush();
            return USER_ERROR;
        }
        String where;
        try {
            where = "details written to " + InternalErrorLog.write(t, command, clock);
        } catch (IOException | RuntimeException e) {
            where = "its details could not be written (" + oneLine(String.valueOf(e.getMessage())) + ")";
        }
        err.println("internal error: " + InternalErrorLog.describe(t) + "; " + where);
        if (System.getenv("TRACKER_DEBUG") != null) {
            t.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /** The message of a user error, or null when {@code t} is a bug. */
    static String userError(Throwable t) {
        if (UserException.explainsItself(t) || t instanceof IllegalArgumentException) {
            return t.getMessage() == null ? "the input is not valid" : t.getMessage();
        }
        if (t instanceof UncheckedIOException u && u.getCause() != null) {
            return io(u.getCause());
        }
        if (t instanceof IOException e) {
            return io(e);
        }
        return null;
    }

    /** A file that cannot be read or written, in words: "/x/y.pdf: no such file or folder". */
    private static String io(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String file = f.getFile();
            if (e instanceof NoSuchFileException) {
                return file + ": no such file or folder";
            }
            if (e instanceof AccessDeniedException) {
                return file + ": permission denied";
            }
            if (e instanceof FileAlreadyExistsException) {
                return file + ": already exists";
            }
            if (e instanceof NotDirectoryException) {
                return file + ": not a folder";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return file + ": the folder is not empty";
            }
            return file + ": " + (f.getReason() == null ? "cannot be used" : f.getReason());
        }
        return e.getMessage() == null ? "a file could not be read or written" : e.getMessage();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
