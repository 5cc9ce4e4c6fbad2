package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.schoolcompliance.tracker.CliRun;
import uk.schoolcompliance.tracker.StaffFiles;
import uk.schoolcompliance.tracker.TestDemo;

/**
 * Every command gives up the database when it ends, whether it succeeded or failed after opening it: the write lock
 * beside the file ({@code FILE.lock}, an exclusive lock on one byte far past its end) is free again in this very
 * process, so the app (or the next command) opens it for writing. Holding it still here would make taking it
 * again an {@link OverlappingFileLockException}.
 */
class CliClosesTest {

    /** Where the store's lock sits in {@code FILE.lock}: one byte at Long.MAX_VALUE - 1 (store.DatabaseLock). */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    @TempDir
    static Path root;
    private static String dataDirBefore;

    record Case(String name, int exit, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, int exit, String... args) {
        return new Case(name, exit, List.of(args));
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

    static Stream<Case> commands() {
        List<Case> all = new ArrayList<>();
        for (String command : List.of("summary", "gaps", "induction", "reviews", "schools", "warnings", "retention")) {
            all.add(c(command, 0, command, "--db", "$DB", "--json"));
        }
        all.add(c("summary-unknown-school", 1, "summary", "--db", "$DB", "--school", "Nowhere"));
        all.add(c("gaps-unknown-policy", 1, "gaps", "--db", "$DB", "--policy", "No Such Policy"));
        all.add(c("gaps-text", 0, "gaps", "--db", "$DB"));
        all.add(c("reviews-ics", 0, "reviews", "--db", "$DB", "--ics", "$DIR/r.ics"));
        all.add(c("report", 0, "report", "--db", "$DB", "--xlsx", "$DIR/pack.xlsx"));
        all.add(c("report-unwritable", 1, "report", "--db", "$DB", "--pdf", "$DIR/no/such/folder/pack.pdf"));
        all.add(c("subject-access", 0, "subject-access", "--db", "$DB", "--staff", "a.brown@oakfield.sch.uk", "--out",
                "$DIR"));
        all.add(c("import-staff", 0, "import-staff", "--db", "$DB", "$DIR/sims-export.csv"));
        all.add(c("import-staff-bad", 1, "import-staff", "--db", "$DB", "$DIR/one-bad-row.csv"));
        all.add(c("import-acks", 0, "import-acks", "--db", "$DB", "$DIR/microsoft-forms-anti-bullying.csv",
                "--policy", "Anti-Bullying Policy"));
        all.add(c("import-policy", 0, "import-policy", "--db", "$DB", "$DIR/social-media-policy.txt"));
        all.add(c("import-policies-bad", 1, "import-policies", "--db", "$DB", "$DIR/one-bad-row.csv"));
        all.add(c("add-school", 0, "add-school", "--db", "$DB", "--name", "Brook Academy", "--urn", "100002"));
        all.add(c("add-version", 0, "add-version", "--db", "$DB", "--policy", "Anti-Bullying Policy", "--label", "9.0",
                "--effective", "2026-11-01"));
        all.add(c("ack", 0, "ack", "--db", "$DB", "--staff", "a.brown@oakfield.sch.uk", "--policy",
                "Anti-Bullying Policy", "--date", "2026-11-20"));
        all.add(c("review", 0, "review", "--db", "$DB", "--policy", "Anti-Bullying Policy", "--completed", "2026-11-20",
                "--outcome", "no-change"));
        all.add(c("retention-apply", 0, "retention", "--db", "$DB", "--apply"));
        all.add(c("demo", 0, "demo", "--db", "$DIR/new-demo.db"));
        all.add(c("generate", 0, "generate", "--db", "$DIR/new-trust.db", "--staff", "60", "--policies", "8"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theDatabaseIsFreeAgainWhenTheCommandEnds(Case c) throws IOException {
        Path dir = Files.createDirectories(root.resolve(c.name()));
        Path db = dir.resolve("school.db");
        Files.move(TestDemo.copy(dir), db);
        StaffFiles.copy("sims-export.csv", dir);
        StaffFiles.copy("one-bad-row.csv", dir);
        copy("/forms/microsoft-forms-anti-bullying.csv", dir);
        copy("/social-media-policy.txt", dir);
        String[] args = c.args().stream().map(a -> a.replace("$DB", db.toString()).replace("$DIR", dir.toString()))
                .toArray(String[]::new);
        CliRun.Result r = CliRun.run(args);
        assertThat(r.code()).as("%s: %s", c.name(), r.err()).isEqualTo(c.exit());
        Path file = c.name().equals("demo") ? dir.resolve("new-demo.db")
                : c.name().equals("generate") ? dir.resolve("new-trust.db") : db;
        assertFree(file);
    }

    /** The write lock of {@code db} can be taken here and now: nobody in this process holds it any longer. */
    static void assertFree(Path db) throws IOException {
        Path lockFile = db.resolveSibling(db.getFileName() + ".lock");
        assertThat(lockFile).as("the command took the lock").exists();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                throw new AssertionError(db + " is still held open by the command that ran", e);
            }
            assertThat(lock).as("another process holds " + db).isNotNull();
            lock.release();
        }
        assertThat(Files.size(lockFile)).as("the holder's description is cleared on release").isZero();
    }

    private static void copy(String resource, Path dir) throws IOException {
        try (InputStream in = CliClosesTest.class.getResourceAsStream(resource)) {
            Files.write(dir.resolve(Path.of(resource).getFileName().toString()), in.readAllBytes());
        }
    }
}
