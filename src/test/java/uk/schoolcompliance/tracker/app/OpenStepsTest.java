package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;

/** The steps of opening, one at a time, as {@code bench} times them: each answers what opening would. */
class OpenStepsTest {

    @Test
    void aHealthyCurrentFilePassesTheQuickCheckNeedsNoMigrationAndCopiesWhole(@TempDir Path dir) throws Exception {
        try (TrackerServices services = TestDemo.open(dir)) {
            OpenSteps steps = services.openSteps();
            assertThat(steps.quickCheck()).isEmpty();
            assertThat(steps.schemaIsCurrent()).isTrue();
            Path folder = Files.createDirectories(dir.resolve("elsewhere"));
            Path copy = steps.backupCopy(folder);
            assertThat(copy).exists().hasParent(folder);
            try (TrackerServices copied = TrackerServices.open(copy, TestDemo.ACTOR, TestDemo.CLOCK)) {
                assertThat(copied.staffCount()).isEqualTo(services.staffCount());
                assertThat(copied.openSteps().quickCheck()).isEmpty();
            }
        }
    }
}
