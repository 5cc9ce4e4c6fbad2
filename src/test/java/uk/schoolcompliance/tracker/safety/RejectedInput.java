package uk.schoolcompliance.tracker.safety;

import uk.schoolcompliance.tracker.TestDemo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import uk.schoolcompliance.tracker.app.IntegrityCheck;
import uk.schoolcompliance.tracker.cli.Cli;

/**
 * The hostile-input harness: a command given bad input must exit 1 with one line naming the bad file (and line,
 * where there is one), with no stack trace or Java class name in it nor on the console (where the libraries' loggers
 * write), and the database must hold exactly the same data afterwards and still pass {@code check}.
 *
 * <pre>
 *   String message = RejectedInput.assertRejected(db, "staff.csv line 7",
 *           "import-staff", "--db", db.toString(), "--file", hostile.toString());
 * </pre>
 */
public final class RejectedInput {

    private RejectedInput() {
    }

    /** Runs the command line in-process; asserts the rejection; returns the error line. */
    public static String assertRejected(Path db, String mustName, String... args) {
        String before = DataChecksum.of(db);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String console;
        int code;
        // what the libraries print themselves (their loggers write to the process's standard error)
        PrintStream realErr = System.err;
        ByteArrayOutputStream leaked = new ByteArrayOutputStream();
        System.setErr(new PrintStream(leaked, true, StandardCharsets.UTF_8));
        try {
            code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        } finally {
            System.setErr(realErr);
            console = leaked.toString(StandardCharsets.UTF_8);
        }
        String message = err.toString().trim();
        assertThat(code).as("exit code of %s (stdout: %s, stderr: %s)", String.join(" ", args), out, message).isEqualTo(1);
        assertThat(message).as("the error message").doesNotContain("\tat ").doesNotContain("at uk.")
                .doesNotContain("Exception").doesNotContainPattern("\\b(java|javax|org)\\.[a-z]+\\.");
        assertThat(console).as("what libraries printed on the console while %s ran", String.join(" ", args))
                .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("ERROR").doesNotContain("WARN");
        java.util.List<String> lines = message.lines().toList();
        // one error line naming the file (and line); an importer may list its problems one per line before it
        String last = lines.get(lines.size() - 1);
        assertThat(last).as("the error line").startsWith("error: ").contains(mustName);
        assertThat(lines.subList(0, lines.size() - 1)).as("the lines before the error line: %s", message)
                .allMatch(l -> l.startsWith("line "));
        assertThat(DataChecksum.of(db)).as("the data after a rejected %s", String.join(" ", args)).isEqualTo(before);
        IntegrityCheck.Result check = IntegrityCheck.run(db);
        assertThat(check.problems()).as("check after a rejected input").isEmpty();
        return message;
    }

    /** {@link #assertRejected}, and the refusal is exactly one line; returns it. */
    public static String assertRefusedInOneLine(Path db, String mustName, String... args) {
        String message = assertRejected(db, mustName, args);
        assertThat(message.lines().count()).as("lines on stderr: %s", message).isEqualTo(1);
        return message;
    }
}
