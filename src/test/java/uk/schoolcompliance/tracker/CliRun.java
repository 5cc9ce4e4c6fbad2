package uk.schoolcompliance.tracker;

import java.io.PrintWriter;
import java.io.StringWriter;

import uk.schoolcompliance.tracker.cli.Cli;

/** Runs a command as a user's script would, as of {@link TestDemo#CLOCK}, and keeps what it printed. */
public final class CliRun {

    private CliRun() {
    }

    /** A command's exit code and what it wrote to stdout and stderr. */
    public record Result(int code, String out, String err) {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }
}
