package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.CliRun;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.app.QuickCheckMemory;

/**
 * Issue 17: the command line remembers a passed quick check in the config folder, and a file damaged since (same
 * size, modified time put back as {@code touch -d} would) is still refused with one line, exit 1.
 */
class QuickCheckCliTest {

    @Test
    void aPassedCheckIsRememberedAndADamagedFileIsStillRefused(@TempDir Path dir) throws Exception {
        Path file = TestDemo.copy(dir);
        CliRun.Result first = CliRun.run("summary", "--db", file.toString());
        assertThat(first.code()).as(first.err()).isZero();
        Properties kept = new Properties();
        try (var in = Files.newBufferedReader(AppPaths.configFolder().resolve(QuickCheckMemory.FILE_NAME))) {
            kept.load(in);
        }
        assertThat(kept.getProperty(file.toRealPath().toString())).startsWith(TestDemo.AS_OF + "|");
        assertThat(CliRun.run("summary", "--db", file.toString()).out()).isEqualTo(first.out());

        FileTime modified = Files.getLastModifiedTime(file);
        byte[] b = Files.readAllBytes(file);
        for (int i = 4096 * 2; i < 4096 * 6 && i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        Files.write(file, b);
        Files.setLastModifiedTime(file, modified);
        CliRun.Result refused = CliRun.run("summary", "--db", file.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("error: ").contains(file.toString()).contains("damaged");
    }
}
