package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.Backup;
import uk.schoolcompliance.tracker.TestDemo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BackupRotationTest {

    private static Backup at(LocalDateTime t, String reason) {
        return new Backup(Path.of("b-" + t + "-" + reason + ".db"), t, reason, 1);
    }

    @Test
    void aYearOfDailyBackupsKeeps14DaysAnd12Months() {
        List<Backup> all = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 9, 0);
        for (int d = 0; d < 400; d++) {
            all.add(at(start.plusDays(d), "daily"));
        }
        List<Backup> delete = BackupRotation.toDelete(all);
        Set<Backup> kept = new HashSet<>(all);
        kept.removeAll(delete);
        LocalDateTime newest = start.plusDays(399);
        // the 14 newest days are all kept
        for (int d = 0; d < 14; d++) {
            assertThat(kept).contains(at(newest.minusDays(d), "daily"));
        }
        // one per month for 12 months: the newest of each of the 12 newest months
        assertThat(kept.stream().map(b -> java.time.YearMonth.from(b.takenAt())).distinct().count()).isEqualTo(12);
        assertThat(kept).hasSizeBetween(14 + 10, 14 + 12);
        assertThat(kept).allMatch(b -> !b.takenAt().isBefore(newest.minusMonths(12)));
        // deleted oldest first
        assertThat(delete.get(0).takenAt()).isEqualTo(start);
    }

    @Test
    void theNewestFiveSurviveEvenOnOneDayAndRestoreCopiesAreNeverRotated() {
        List<Backup> all = new ArrayList<>();
        LocalDateTime day = LocalDateTime.of(2026, 11, 24, 8, 0);
        for (int i = 0; i < 8; i++) {
            all.add(at(day.plusMinutes(i), i % 2 == 0 ? "before-import" : "manual"));
        }
        Backup restoreCopy = at(LocalDateTime.of(2020, 1, 1, 0, 0), BackupRotation.NEVER_ROTATED);
        Backup old1 = at(LocalDateTime.of(2020, 1, 2, 0, 0), "daily");
        all.add(restoreCopy);
        all.add(old1);
        List<Backup> delete = BackupRotation.toDelete(all);
        assertThat(delete).doesNotContain(restoreCopy).doesNotContain(all.subList(3, 8).toArray(Backup[]::new));
        assertThat(delete).containsExactly(all.get(0), all.get(1), all.get(2));
        assertThat(delete).doesNotContain(old1); // newest of its day and of its month
    }

    @Test
    void nothingToDeleteWhenFew() {
        assertThat(BackupRotation.toDelete(List.of())).isEmpty();
        assertThat(BackupRotation.toDelete(List.of(at(TestDemo.AS_OF.atTime(9, 0), "daily")))).isEmpty();
    }
}
