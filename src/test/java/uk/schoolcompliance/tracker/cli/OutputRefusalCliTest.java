package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.schoolcompliance.tracker.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;

/**
 * Every command that writes a file checks each of its output files before it prints anything or writes anything:
 * a refused target is the only line (on stderr, {@code error: ...}), exit 1, and no file is written, not even
 * another of the command's outputs that would have been fine.
 */
class OutputRefusalCliTest {

    @TempDir
    static Path dir;
    static Path school;
    static Path trust;

    @BeforeAll
    static void files() {
        school = TestDemo.copy(dir);
        trust = dir.resolve("vale.db");
        Result made = run("demo", "--db", trust.toString(), "--create", "--trust");
        assertThat(made.code()).as(made.err()).isZero();
    }

    private static String ontoTheDatabase(Path db) {
        return "error: " + db + ": not written: is the school's database or one of its working files ("
                + db.getFileName() + "); choose another file name (nothing was changed)\n";
    }

    private static String noFolder(Path file) {
        return "error: " + file + ": not written: the folder " + file.toAbsolutePath().normalize().getParent()
                + " does not exist (nothing was changed)\n";
    }

    private static void refusedAlone(Result r, String line) {
        assertThat(r.out()).as("nothing printed before the refusal").isEmpty();
        assertThat(r.err()).isEqualTo(line);
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
    }

    private static void nothingNewIn(Path folder, String... names) {
        for (String name : names) {
            assertThat(folder.resolve(name)).doesNotExist();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theTrustPackOntoItsOwnDatabaseIsTheRefusalAlone() {
        refusedAlone(run("report", "--db", trust.toString(), "--pdf", trust.toString()), ontoTheDatabase(trust));
        refusedAlone(run("report", "--db", trust.toString(), "--xlsx", trust.toString(), "--names"),
                ontoTheDatabase(trust));
    }

    @Test
    void aRefusedSecondOutputStopsTheFirstBeingWritten() {
        Path missing = dir.resolve("nope").resolve("pack.xlsx");
        refusedAlone(run("report", "--db", trust.toString(), "--pdf", dir.resolve("trust-ok.pdf").toString(),
                "--xlsx", missing.toString()), noFolder(missing));
        refusedAlone(run("report", "--db", school.toString(), "--pdf", missing.resolveSibling("x.pdf").toString(),
                "--xlsx", dir.resolve("school-ok.xlsx").toString()), noFolder(missing.resolveSibling("x.pdf")));
        refusedAlone(run("report", "--db", school.toString(), "--pdf", dir.resolve("school-ok.pdf").toString(),
                "--xlsx", school.toString()), ontoTheDatabase(school));
        nothingNewIn(dir, "trust-ok.pdf", "school-ok.xlsx", "school-ok.pdf");
    }

    @Test
    void aSchoolsPackOntoTheDatabaseOrAFolderIsRefusedBeforeItsHeading() throws IOException {
        refusedAlone(run("report", "--db", trust.toString(), "--school", "Brook Academy", "--pdf", trust.toString()),
                ontoTheDatabase(trust));
        Path folder = Files.createDirectories(dir.resolve("a-folder.pdf"));
        refusedAlone(run("report", "--db", school.toString(), "--pdf", folder.toString()),
                "error: " + folder + ": not written: is a folder; give a file name (nothing was changed)\n");
    }

    @Test
    void thePdfAndTheWorkbookCannotBeOneFile() {
        Path same = dir.resolve("same.pdf");
        refusedAlone(run("report", "--db", trust.toString(), "--pdf", same.toString(), "--xlsx", same.toString()),
                "error: " + same + ": not written: --pdf and --xlsx name the same file; give each its own "
                        + "(nothing was changed)\n");
        nothingNewIn(dir, "same.pdf");
    }

    @Test
    void anUnwritableFolderIsRefusedBeforeTheHeading() throws IOException {
        // root writes anywhere it has permission bits for, but not into /sys; others are refused a read-only folder
        Path folder = dir.resolve("read-only");
        Files.createDirectories(folder);
        folder.toFile().setWritable(false, false);
        Path target = (Files.isWritable(folder) ? Path.of("/sys") : folder).resolve("pack.pdf");
        assumeTrue(Files.isDirectory(target.getParent()) && !canCreateIn(target.getParent()),
                "needs a folder this user cannot write");
        refusedAlone(run("report", "--db", trust.toString(), "--pdf", target.toString()),
                "error: " + target + ": not written: the folder " + target.getParent()
                        + " cannot be written (no permission, or a read-only drive) (nothing was changed)\n");
        refusedAlone(run("reviews", "--db", school.toString(), "--ics", target.resolveSibling("reviews.ics").toString()),
                "error: " + target.resolveSibling("reviews.ics") + ": not written: the folder " + target.getParent()
                        + " cannot be written (no permission, or a read-only drive) (nothing was changed)\n");
        folder.toFile().setWritable(true, true);
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, ".probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theReviewCalendarIsCheckedBeforeTheScheduleIsPrinted() {
        refusedAlone(run("reviews", "--db", school.toString(), "--ics", school.toString()), ontoTheDatabase(school));
        refusedAlone(run("reviews", "--db", trust.toString(), "--json", "--ics", trust.toString()),
                ontoTheDatabase(trust));
        Path wal = Path.of(school + "-wal");
        refusedAlone(run("reviews", "--db", school.toString(), "--ics", wal.toString()),
                "error: " + wal + ": not written: is the school's database or one of its working files ("
                        + wal.getFileName() + "); choose another file name (nothing was changed)\n");
    }
}
