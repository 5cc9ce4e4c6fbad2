package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;

/**
 * Issue 17: the window and the command line remember, in a small settings file of this computer's user, which
 * files passed the quick check today; an unchanged file is not checked again that day, anything else is.
 */
class QuickCheckMemoryTest {

    @TempDir
    Path dir;

    private boolean skipped(Path file, QuickCheckMemory memory, java.time.Clock clock) {
        try (TrackerServices s = TrackerServices.openExisting(file, () -> TestDemo.ACTOR, clock, memory)) {
            return s.openSteps().quickCheckSkipped();
        }
    }

    @Test
    void anUnchangedFileIsCheckedOnceADayAndOnlyTodaysRecordsAreKept() throws Exception {
        Path file = TestDemo.copy(dir);
        Path settings = dir.resolve("config").resolve(QuickCheckMemory.FILE_NAME);
        QuickCheckMemory memory = QuickCheckMemory.at(settings);
        assertThat(skipped(file, memory, TestDemo.CLOCK)).isFalse();
        assertThat(skipped(file, memory, TestDemo.CLOCK)).isTrue();
        Properties kept = SettingsFile.load(settings);
        assertThat(kept.stringPropertyNames()).containsExactly(file.toRealPath().toString());
        assertThat(kept.getProperty(file.toRealPath().toString())).startsWith(TestDemo.AS_OF + "|");

        java.time.Clock tomorrow = AppClock.startingAt(TestDemo.AS_OF.plusDays(1));
        Path other = TestDemo.copy(dir);
        assertThat(skipped(other, memory, tomorrow)).isFalse();
        assertThat(SettingsFile.load(settings).stringPropertyNames()).as("yesterday's record is dropped")
                .containsExactly(other.toRealPath().toString());
        assertThat(skipped(file, memory, tomorrow)).as("a new day").isFalse();
    }

    @Test
    void noMemoryAlwaysChecksAndTheOldOpenStillDoes() {
        Path file = TestDemo.copy(dir);
        assertThat(skipped(file, QuickCheckMemory.none(), TestDemo.CLOCK)).isFalse();
        assertThat(skipped(file, QuickCheckMemory.none(), TestDemo.CLOCK)).isFalse();
        try (TrackerServices s = TrackerServices.openExisting(file, () -> TestDemo.ACTOR, TestDemo.CLOCK)) {
            assertThat(s.openSteps().quickCheckSkipped()).isFalse();
        }
    }

    @Test
    void anUnreadableMemoryOnlyMeansACheck() throws Exception {
        Path file = TestDemo.copy(dir);
        Path settings = dir.resolve("not-a-folder");
        Files.writeString(settings, "x");
        QuickCheckMemory memory = QuickCheckMemory.at(settings.resolve(QuickCheckMemory.FILE_NAME));
        assertThat(skipped(file, memory, TestDemo.CLOCK)).isFalse();
        assertThat(skipped(file, memory, TestDemo.CLOCK)).isFalse();
    }

    @Test
    void aDamagedFileOfTheSameSizeAndTimeIsStillRefused() throws Exception {
        Path file = TestDemo.copy(dir);
        QuickCheckMemory memory = QuickCheckMemory.at(dir.resolve(QuickCheckMemory.FILE_NAME));
        assertThat(skipped(file, memory, TestDemo.CLOCK)).isFalse();
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] b = Files.readAllBytes(file);
        for (int i = 4096 * 2; i < 4096 * 6 && i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        Files.write(file, b);
        Files.setLastModifiedTime(file, modified);
        assertThatThrownBy(() -> skipped(file, memory, TestDemo.CLOCK)).hasMessageContaining("damaged");
    }
}
