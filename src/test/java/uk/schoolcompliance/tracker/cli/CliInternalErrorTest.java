package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.InternalErrorLog;

/**
 * A bug in any command (here: an {@link IllegalStateException} that is no user's doing, thrown the first time the
 * command reads the app's clock, which every command that touches a database does) is exit 3 and one line
 * {@code internal error: ...; details written to PATH}, its stack trace in that report; never exit 1, which is for
 * what the user can put right. A damaged database stays the user's one line and exit 1.
 */
class CliInternalErrorTest {

    @TempDir
    static Path root;
    private static String dataDirBefore;

    /**
     * Commands that never read the clock here: {@code check} only reads the file (it has no date and writes nothing);
     * {@code server-init}, {@code copy-to-server} and the roles' {@code server-grant}, {@code server-revoke} and
     * {@code server-users} refuse a file as their {@code --db} before anything else (their server runs are in
     * ServerCommandsTest, CopyToServerTest and ServerRolesCliTest).
     */
    private static final Set<String> NO_CLOCK = Set.of("check", "server-init", "copy-to-server", "server-grant",
            "server-revoke", "server-users");

    @BeforeAll
    static void dataFolderInTheTestsFolder() {
        dataDirBefore = System.getProperty("tracker.data.dir");
        System.setProperty("tracker.data.dir", root.resolve("data").toString());
    }

    @AfterAll
    static void restoreDataFolder() {
        if (dataDirBefore == null) {
            System.clearProperty("tracker.data.dir");
        } else {
            System.setProperty("tracker.data.dir", dataDirBefore);
        }
    }

    /**
     * The app's clock with a bug: reading it throws, except for the internal-error report itself (which names its
     * file by the time), so that the report can still be written.
     */
    static final class BrokenClock extends Clock {
        @Override
        public ZoneId getZone() {
            return TestDemo.CLOCK.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            boolean reporting = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                    f -> f.getClassName().equals(InternalErrorLog.class.getName())));
            if (reporting) {
                return TestDemo.CLOCK.instant();
            }
            throw new IllegalStateException("the clock is broken (a bug, not the user's doing)");
        }
    }

    /** Arguments that picocli accepts for each command ($DB: a copy of the demo school, $DIR: its folder). */
    static List<String> argsOf(String command) {
        return switch (command) {
            case "demo" -> List.of("--db", "$DIR/new-demo.db");
            case "generate" -> List.of("--db", "$DIR/new-trust.db", "--staff", "10", "--policies", "2");
            case "add-school" -> List.of("--db", "$DB", "--name", "Brook Academy");
            case "import-staff", "import-policies" -> List.of("--db", "$DB", "$DIR/staff.csv");
            case "import-policy" -> List.of("--db", "$DB", "$DIR/staff.csv");
            case "import-acks" -> List.of("--db", "$DB", "$DIR/staff.csv", "--policy", "Anti-Bullying Policy");
            case "add-version" -> List.of("--db", "$DB", "--policy", "Anti-Bullying Policy", "--label", "9.0",
                    "--effective", "2026-11-01");
            case "review" -> List.of("--db", "$DB", "--policy", "Anti-Bullying Policy", "--completed", "2026-11-20",
                    "--outcome", "no-change");
            case "ack" -> List.of("--db", "$DB", "--staff", "a.brown@oakfield.sch.uk", "--policy",
                    "Anti-Bullying Policy", "--date", "2026-11-20");
            case "restore" -> List.of("--db", "$DB", "--from", "$DIR/backup.db");
            case "subject-access" -> List.of("--db", "$DB", "--staff", "#1", "--out", "$DIR");
            case "report" -> List.of("--db", "$DB", "--pdf", "$DIR/pack.pdf");
            default -> List.of("--db", "$DB");
        };
    }

    static Stream<String> commands() {
        return new CommandLine(new TrackerCommand()).getSubcommands().keySet().stream()
                .filter(c -> !NO_CLOCK.contains(c));
    }

    private static final Pattern INTERNAL = Pattern.compile("internal error: IllegalStateException in (.+); "
            + "details written to (.+)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aBugIsExitThreeWithAReportOnEveryCommand(String command) throws IOException {
        Path dir = Files.createDirectories(root.resolve(command));
        Path db = dir.resolve("school.db");
        Files.move(TestDemo.copy(dir), db);
        Files.copy(db, dir.resolve("backup.db"));
        Files.writeString(dir.resolve("staff.csv"), "First name,Surname\nAda,Lovelace\n");
        List<String> args = new ArrayList<>(List.of(command));
        argsOf(command).forEach(a -> args.add(a.replace("$DB", db.toString()).replace("$DIR", dir.toString())));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), new BrokenClock());
        assertThat(code).as("%s: %s", command, err).isEqualTo(Cli.INTERNAL_ERROR);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).as(command).hasSize(1);
        Matcher m = INTERNAL.matcher(lines.get(0));
        assertThat(m.matches()).as(lines.get(0)).isTrue();
        Path report = Path.of(m.group(2));
        assertThat(report).exists().startsWith(root.resolve("data").resolve("logs"));
        assertThat(Files.readString(report)).contains("the clock is broken").contains("doing:   " + command)
                .contains("\tat ");
    }

    @Test
    void aDamagedDatabaseIsStillTheUsersOneLineAndExitOne() throws IOException {
        Path dir = Files.createDirectories(root.resolve("damaged"));
        Path db = dir.resolve("school.db");
        Files.move(TestDemo.copy(dir), db);
        byte[] bytes = Files.readAllBytes(db);
        Files.write(db, java.util.Arrays.copyOf(bytes, bytes.length / 3)); // truncated: a copy cut short
        for (String command : List.of("summary", "gaps", "reviews", "warnings")) {
            StringWriter err = new StringWriter();
            int code = Cli.run(new String[] {command, "--db", db.toString()}, new PrintWriter(new StringWriter()),
                    new PrintWriter(err), TestDemo.CLOCK);
            assertThat(code).as("%s: %s", command, err).isEqualTo(Cli.USER_ERROR);
            assertThat(err.toString().lines().toList()).hasSize(1).allMatch(l -> l.startsWith("error: "));
            assertThat(err.toString()).doesNotContain("Exception").doesNotContain("internal error");
        }
    }
}
