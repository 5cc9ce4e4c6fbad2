package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.safety.DataChecksum;

/**
 * The command line never shows a stack trace or a Java class name: a user error is one line {@code error: ...} and
 * exit 1, with nothing changed; a bug is one line {@code internal error: ...; details written to PATH} and exit 3,
 * the stack trace in that report.
 */
class CliErrorsTest {

    @TempDir
    Path dir;
    private String dataDirBefore;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void dataFolderInTheTestsFolder() {
        dataDirBefore = System.getProperty("tracker.data.dir");
        System.setProperty("tracker.data.dir", dir.resolve("data").toString());
    }

    @AfterEach
    void restoreDataFolder() {
        if (dataDirBefore == null) {
            System.clearProperty("tracker.data.dir");
        } else {
            System.setProperty("tracker.data.dir", dataDirBefore);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    /** Exit 1, exactly the one line {@code error}, no class name or stack trace, the data as it was. */
    private static void userError(Path db, String expected, String... args) {
        String before = db == null ? null : DataChecksum.of(db);
        Result r = run(args);
        assertThat(r.code()).as("exit of %s: %s", String.join(" ", args), r.err()).isEqualTo(1);
        assertThat(r.err().lines().toList()).as(String.join(" ", args)).containsExactly(expected);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        if (db != null) {
            assertThat(DataChecksum.of(db)).isEqualTo(before);
        }
    }

    @Test
    void anEmptyDateIsOneLineNotANullPointer() {
        Path db = TestDemo.copy(dir);
        userError(db, "error: --date: no date given (use YYYY-MM-DD)", "ack", "--db", db.toString(),
                "--staff", "a.brown@oakfield.sch.uk", "--policy", "Anti-Bullying Policy", "--date", "");
        userError(db, "error: --date: no date given (use YYYY-MM-DD)", "ack", "--db", db.toString(),
                "--staff", "a.brown@oakfield.sch.uk", "--policy", "Anti-Bullying Policy", "--date", "  ");
        userError(db, "error: --as-of: no date given (use YYYY-MM-DD)", "summary", "--db", db.toString(), "--as-of", "");
    }

    @Test
    void anExtremeAsOfIsOneLineOnEveryCommandThatTakesIt() {
        Path db = TestDemo.copy(dir);
        for (String extreme : List.of("+999999999-12-31", "-999999999-01-01", "99999-01-01", "2026-11-24T10:00")) {
            String line = "error: --as-of: '" + extreme + "' is not a date (use YYYY-MM-DD)";
            for (String command : List.of("summary", "gaps", "reviews", "induction", "retention")) {
                userError(db, line, command, "--db", db.toString(), "--as-of", extreme);
            }
            userError(db, line, "report", "--db", db.toString(), "--as-of", extreme,
                    "--pdf", dir.resolve("pack.pdf").toString(), "--xlsx", dir.resolve("pack.xlsx").toString());
            assertThat(dir.resolve("pack.pdf")).doesNotExist();
        }
        userError(db, "error: --date: '+999999999-12-31' is not a date (use YYYY-MM-DD)", "ack", "--db", db.toString(),
                "--staff", "a.brown@oakfield.sch.uk", "--policy", "Anti-Bullying Policy", "--date", "+999999999-12-31");
    }

    @Test
    void aFolderGivenAsTheDatabaseIsNamedAsAFolder() throws Exception {
        userError(null, "error: / is a folder, not a database file", "summary", "--db", "/");
        Path folder = Files.createDirectories(dir.resolve("school"));
        userError(null, "error: " + folder + " is a folder, not a database file", "summary", "--db", folder.toString());
        userError(null, "error: " + folder + ": no such database file", "check", "--db", folder.toString());
        assertThat(dir.resolve("school-backups")).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLineNamingIt() {
        Path db = TestDemo.copy(dir);
        Path missing = dir.resolve("no-such-folder").resolve("sub").resolve("pack.pdf");
        Result r = run("report", "--db", db.toString(), "--pdf", missing.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("error: ").contains("pack.pdf").doesNotContain("Exception");
    }

    // ------------------------------------------------------------------ internal errors (bugs): exit 3

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final Throwable error;

        Boom(Throwable error) {
            this.error = error;
        }

        @Override
        public Integer call() throws Exception {
            if (error instanceof Exception e) {
                throw e;
            }
            throw (Error) error;
        }
    }

    private static Result runBoom(Throwable error) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        cl.addSubcommand("boom", new Boom(error));
        // as the commands registered in TrackerCommand get them from Cli.commandLine
        CommandLine boom = cl.getSubcommands().get("boom");
        boom.setOut(cl.getOut());
        boom.setErr(cl.getErr());
        boom.setExecutionExceptionHandler(cl.getExecutionExceptionHandler());
        int code = Cli.execute(cl, new String[] {"boom"}, new PrintWriter(err), TestDemo.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    private static final Pattern INTERNAL = Pattern.compile("internal error: (.+); details written to (.+)");

    @Test
    void aBugIsExitThreeWithItsStackTraceInAReportInTheDataFoldersLogs() throws Exception {
        Result r = runBoom(new IllegalStateException("the sky fell"));
        assertThat(r.code()).isEqualTo(Cli.INTERNAL_ERROR).isEqualTo(3);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(1);
        Matcher m = INTERNAL.matcher(lines.get(0));
        assertThat(m.matches()).as(lines.get(0)).isTrue();
        // the kind of error and where it arose (here: where the test made it)
        assertThat(m.group(1)).isEqualTo("IllegalStateException in CliErrorsTest.java:"
                + lineOf("Result r = runBoom(new IllegalStateException(\"the sky fell\"));"));
        Path report = Path.of(m.group(2));
        assertThat(report).exists().startsWith(dir.resolve("data").resolve("logs"));
        String text = Files.readString(report);
        assertThat(text).contains("internal error").contains("doing:   boom").contains("the sky fell")
                .contains("\tat uk.schoolcompliance.tracker.cli.CliErrorsTest.aBugIsExitThree");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("the sky fell");
    }

    @Test
    void aStackOverflowOrANullPointerIsABugToo() {
        for (Throwable bug : List.of(new StackOverflowError(), new NullPointerException("x is null"))) {
            Result r = runBoom(bug);
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.err().lines().toList()).hasSize(1);
            assertThat(r.err()).startsWith("internal error: " + bug.getClass().getSimpleName())
                    .contains("details written to").doesNotContain("\tat ");
        }
    }

    @Test
    void whenTheDataFolderCannotBeWrittenTheReportGoesToTheTemporaryFolder() throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file where the data folder should be");
        System.setProperty("tracker.data.dir", blocked.toString());
        Result r = runBoom(new IllegalStateException("again"));
        assertThat(r.code()).isEqualTo(3);
        Matcher m = INTERNAL.matcher(r.err().strip());
        assertThat(m.matches()).as(r.err()).isTrue();
        Path report = Path.of(m.group(2));
        assertThat(report.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(Files.readString(report)).contains("again");
        Files.delete(report);
    }

    @Test
    void userErrorsAreNotReportedAsBugs() {
        for (Exception userError : List.of(new uk.schoolcompliance.tracker.app.UserException("staff.csv line 2: bad"),
                new IllegalArgumentException("--method: 'carrier pigeon' is not a method"),
                new NoSuchFileException("/x/y/pack.pdf"))) {
            Result r = runBoom(userError);
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err().lines().toList()).hasSize(1);
            assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
        }
        assertThat(runBoom(new NoSuchFileException("/x/y/pack.pdf")).err().strip())
                .isEqualTo("error: /x/y/pack.pdf: no such file or folder");
        assertThat(dir.resolve("data").resolve("logs")).doesNotExist();
    }

    /** The line of this file holding {@code code} (so the expected "in File.java:N" follows edits). */
    private static int lineOf(String code) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/uk/schoolcompliance/tracker/cli/CliErrorsTest.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(code)) {
                return i + 1;
            }
        }
        throw new AssertionError(code);
    }
}
