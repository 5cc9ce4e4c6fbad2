package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;
import uk.schoolcompliance.tracker.StaffFiles;
import uk.schoolcompliance.tracker.TestDemo;

/**
 * The command line's contracts, byte for byte: every read-only command (text and JSON, with and without
 * {@code --as-of}, with {@code --school}), every command's help, and the error lines of a bad date, an unknown
 * school and a missing database, run with the pinned clock on the demo school (and a generated trust for the
 * side-by-side figures). Each case's exit code, stdout and stderr are compared with
 * {@code src/test/resources/cli-golden/NAME.txt}, written from the code as it was before the command line was
 * reshaped ({@code -Dcli.golden.write=true} writes them again; a change to a golden file is a change of contract).
 *
 * <p>The only thing made uniform is where the test's files are: the case's own folder is printed as {@code $DIR}
 * and the test's root folder as {@code $ROOT}, since a temporary folder is named differently on every run.
 */
class CliContractTest {

    static final Path GOLDEN = Path.of("src/test/resources/cli-golden");
    static final boolean WRITE = Boolean.getBoolean("cli.golden.write");

    @TempDir
    static Path root;
    private static String dataDirBefore;
    private static Path trust;

    /** One run: its name (the golden file's) and its arguments; $DB is a fresh copy of the demo school. */
    record Case(String name, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String... args) {
        return new Case(name, List.of(args));
    }

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

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        String asOf = "2026-11-24";
        // ---- the read-only commands on the demo school
        for (String command : List.of("summary", "gaps", "induction", "reviews", "schools", "warnings", "retention")) {
            all.add(c(command, command, "--db", "$DB"));
            all.add(c(command + "-json", command, "--db", "$DB", "--json"));
            all.add(c(command + "-as-of", command, "--db", "$DB", "--as-of", asOf));
            all.add(c(command + "-as-of-json", command, "--db", "$DB", "--as-of", asOf, "--json"));
        }
        for (String command : List.of("summary", "gaps", "induction", "reviews")) {
            all.add(c(command + "-school", command, "--db", "$DB", "--school", "Oakfield Primary School"));
            all.add(c(command + "-school-json", command, "--db", "$DB", "--as-of", asOf, "--json", "--school",
                    "Oakfield Primary School"));
            all.add(c(command + "-earlier-json", command, "--db", "$DB", "--as-of", "2026-09-01", "--json"));
            all.add(c(command + "-earlier", command, "--db", "$DB", "--as-of", "2026-09-01"));
        }
        all.add(c("gaps-csv", "gaps", "--db", "$DB", "--as-of", asOf, "--csv"));
        all.add(c("gaps-policy", "gaps", "--db", "$DB", "--policy", "Anti-Bullying Policy"));
        all.add(c("gaps-policy-json", "gaps", "--db", "$DB", "--policy", "Anti-Bullying Policy", "--json"));
        all.add(c("reviews-ics", "reviews", "--db", "$DB", "--as-of", asOf, "--ics", "$DIR/reviews.ics"));
        all.add(c("reviews-ics-json", "reviews", "--db", "$DB", "--json", "--ics", "$DIR/reviews.ics"));
        all.add(c("retention-later", "retention", "--db", "$DB", "--as-of", "2035-01-01"));
        all.add(c("retention-later-json", "retention", "--db", "$DB", "--as-of", "2035-01-01", "--json"));
        all.add(c("warnings-earlier", "warnings", "--db", "$DB", "--as-of", "2026-09-01", "--json"));
        all.add(c("check", "check", "--db", "$DB"));
        all.add(c("report", "report", "--db", "$DB", "--as-of", asOf, "--pdf", "$DIR/pack.pdf", "--xlsx", "$DIR/pack.xlsx"));
        all.add(c("report-names", "report", "--db", "$DB", "--names", "--term", "Summer 2026", "--pdf", "$DIR/pack.pdf"));
        all.add(c("subject-access", "subject-access", "--db", "$DB", "--staff", "a.brown@oakfield.sch.uk", "--out", "$DIR"));
        all.add(c("import-staff-dry-run", "import-staff", "--db", "$DB", "$DIR/sims-export.csv", "--dry-run"));
        all.add(c("import-acks-dry-run", "import-acks", "--db", "$DB", "$DIR/microsoft-forms-anti-bullying.csv",
                "--policy", "Anti-Bullying Policy", "--dry-run"));
        all.add(c("import-policy-json", "import-policy", "--db", "$DB", "$DIR/social-media-policy.txt", "--json"));
        all.add(c("import-policy", "import-policy", "--db", "$DB", "$DIR/social-media-policy.txt"));
        // ---- a trust of several schools (generated once, read by every case)
        all.add(c("trust-schools", "schools", "--db", "$TRUST"));
        all.add(c("trust-schools-json", "schools", "--db", "$TRUST", "--as-of", asOf, "--json"));
        all.add(c("trust-summary-json", "summary", "--db", "$TRUST", "--json"));
        all.add(c("trust-summary-school", "summary", "--db", "$TRUST", "--school", "$SCHOOL"));
        all.add(c("trust-summary-school-json", "summary", "--db", "$TRUST", "--json", "--school", "$SCHOOL"));
        all.add(c("trust-reviews-school-json", "reviews", "--db", "$TRUST", "--json", "--school", "$SCHOOL"));
        all.add(c("trust-induction-school-json", "induction", "--db", "$TRUST", "--json", "--school", "$SCHOOL"));
        all.add(c("trust-warnings-json", "warnings", "--db", "$TRUST", "--json"));
        // ---- a bad --as-of is one line, exit 1, on every command that takes it
        List<String> dated = List.of("summary", "gaps", "induction", "reviews", "schools", "warnings", "retention",
                "bench");
        String[][] badDates = {{"month-13", "2026-13-01"}, {"people-form", "31/11/2026"}, {"empty", ""},
                {"far-ahead", "2099-01-01"}};
        for (String command : dated) {
            for (String[] bad : badDates) {
                all.add(c("error-as-of-" + bad[0] + "-" + command, command, "--db", "$DB", "--as-of", bad[1]));
            }
            all.add(c("error-as-of-json-" + command, command, "--db", "$DB", "--as-of", "2026-02-30", "--json"));
        }
        for (String[] bad : badDates) {
            all.add(c("error-as-of-" + bad[0] + "-report", "report", "--db", "$DB", "--as-of", bad[1], "--pdf",
                    "$DIR/pack.pdf"));
        }
        // ---- an unknown school
        for (String command : List.of("summary", "gaps", "induction", "reviews")) {
            all.add(c("error-school-" + command, command, "--db", "$DB", "--school", "Nowhere Academy"));
            all.add(c("error-school-json-" + command, command, "--db", "$DB", "--json", "--school", "999999"));
        }
        all.add(c("error-school-report", "report", "--db", "$DB", "--school", "Nowhere Academy", "--pdf", "$DIR/pack.pdf"));
        all.add(c("error-school-trust", "summary", "--db", "$TRUST", "--school", "Nowhere Academy"));
        // ---- a missing database file
        for (String command : List.of("summary", "gaps", "induction", "reviews", "schools", "warnings", "retention",
                "check", "bench", "backup")) {
            all.add(c("error-missing-db-" + command, command, "--db", "$DIR/missing.db"));
        }
        all.add(c("error-missing-db-json", "summary", "--db", "$DIR/missing.db", "--json", "--as-of", asOf));
        all.add(c("error-missing-db-report", "report", "--db", "$DIR/missing.db", "--pdf", "$DIR/pack.pdf"));
        all.add(c("error-missing-db-subject-access", "subject-access", "--db", "$DIR/missing.db", "--staff", "#1",
                "--out", "$DIR"));
        // ---- roles on a trust's server (#19): a file is refused, an unknown role before connecting
        all.add(c("error-server-grant-file", "server-grant", "--db", "$DB", "--user", "office_jane", "--role",
                "school-office", "--school", "Oakfield Primary School"));
        all.add(c("error-server-revoke-file", "server-revoke", "--db", "$DB", "--user", "office_jane"));
        all.add(c("error-server-users-file", "server-users", "--db", "$DB", "--json"));
        all.add(c("error-server-grant-role", "server-grant", "--db", "postgresql://admin@localhost:1/tracker", "--user",
                "office_jane", "--role", "bursar"));
        all.add(c("usage-server-grant-no-role", "server-grant", "--db", "postgresql://admin@localhost:1/tracker",
                "--user", "office_jane"));
        // ---- usage errors (exit 2)
        all.add(c("usage-unknown-option", "summary", "--db", "$DB", "--bogus"));
        all.add(c("usage-json-and-csv", "gaps", "--db", "$DB", "--json", "--csv"));
        all.add(c("usage-report-no-output", "report", "--db", "$DB"));
        all.add(c("usage-as-of-twice", "summary", "--db", "$DB", "--as-of", asOf, "--as-of", asOf));
        all.add(c("usage-as-of-no-value", "summary", "--db", "$DB", "--as-of"));
        all.add(c("usage-unknown-command", "summarise", "--db", "$DB"));
        // ---- every command's help, and the top level's
        all.add(c("help", "--help"));
        for (String command : new CommandLine(new TrackerCommand()).getSubcommands().keySet()) {
            all.add(c("help-" + command, command, "--help"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOutputIsByteForByteTheContract(Case c) throws IOException {
        String actual = run(c);
        Path golden = GOLDEN.resolve(c.name() + ".txt");
        if (WRITE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file of %s (write with -Dcli.golden.write=true)", c.name()).exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (actual.contains("Usage: compliance-tracker")) {
            // a usage text wraps the default database path ($ROOT/data/tracker.db) where the real, longer or
            // shorter, temporary folder's name falls: its words and their order are the contract, not the wrapping
            assertThat(words(actual)).as(c.name()).isEqualTo(words(expected));
        } else {
            assertThat(actual).as(c.name()).isEqualTo(expected);
        }
    }

    /** The characters in order without the spaces and line breaks picocli puts where a line wraps (even mid-word). */
    private static String words(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String run(Case c) throws IOException {
        Path dir = Files.createDirectories(root.resolve("cases").resolve(c.name()));
        List<String> args = new ArrayList<>();
        for (String a : c.args()) {
            if (a.contains("$DB")) {
                a = a.replace("$DB", demoIn(dir).toString());
            }
            if (a.contains("$TRUST")) {
                a = a.replace("$TRUST", trust().toString());
            }
            if (a.equals("$SCHOOL")) {
                trust();
                a = TRUST_SCHOOL;
            }
            args.add(a.replace("$DIR", dir.toString()));
        }
        for (String resource : List.of("sims-export.csv")) {
            StaffFiles.copy(resource, dir);
        }
        copyResource("/forms/microsoft-forms-anti-bullying.csv", dir);
        copyResource("/social-media-policy.txt", dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        String text = "$ compliance-tracker " + String.join(" ", c.args()) + "\nexit " + code + "\n--- stdout\n"
                + out + "--- stderr\n" + err;
        return text.replace(dir.toString(), "$DIR").replace(root.toString(), "$ROOT");
    }

    /** The demo school in {@code dir}/school.db, owner-only (so no run prints that it put the permissions right). */
    private static Path demoIn(Path dir) throws IOException {
        Path db = dir.resolve("school.db");
        if (!Files.exists(db)) {
            Files.move(TestDemo.copy(dir), db);
            ownerOnly(db);
        }
        return db;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to put right
        }
    }

    private static void copyResource(String name, Path dir) throws IOException {
        try (var in = CliContractTest.class.getResourceAsStream(name)) {
            Files.write(dir.resolve(Path.of(name).getFileName().toString()), in.readAllBytes());
        }
    }

    /** The school of the generated trust that the --school cases name. */
    private static String TRUST_SCHOOL;

    private static synchronized Path trust() throws IOException {
        if (trust == null) {
            Path folder = Files.createDirectories(root.resolve("trust"));
            Path db = folder.resolve("trust.db");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new String[] {"generate", "--db", db.toString(), "--staff", "300", "--policies", "30",
                    "--seed", "7"}, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
            assertThat(code).as(err.toString()).isZero();
            StringWriter names = new StringWriter();
            Cli.run(new String[] {"schools", "--db", db.toString(), "--json"}, new PrintWriter(names),
                    new PrintWriter(new StringWriter()), TestDemo.CLOCK);
            TRUST_SCHOOL = Arrays.stream(names.toString().split("\n")).filter(l -> l.contains("\"name\""))
                    .map(l -> l.replaceAll(".*\"name\" : \"(.*)\",?", "$1")).filter(n -> !n.equals("Central team"))
                    .findFirst().orElseThrow();
            trust = db;
        }
        return trust;
    }
}
