package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.Backup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups to keep: the {@value #RECENT} newest whatever they are (so the backups taken before an
 * import and a migration on the same day survive), the newest of each of the {@value #DAYS} most recent
 * days that have one, the newest of each of the {@value #MONTHS} most recent months, and every copy kept by a
 * restore (those are only ever deleted by hand). Everything else is deleted.
 */
public final class BackupRotation {

    public static final int RECENT = 5;
    public static final int DAYS = 14;
    public static final int MONTHS = 12;
    public static final String NEVER_ROTATED = "before-restore";

    private BackupRotation() {
    }

    /** The backups that the rotation deletes, oldest first. */
    public static List<Backup> toDelete(List<Backup> backups) {
        List<Backup> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(Backup::takenAt).reversed());
        Set<Backup> keep = new HashSet<>();
        for (int i = 0; i < newestFirst.size() && i < RECENT; i++) {
            keep.add(newestFirst.get(i));
        }
        Map<LocalDate, Backup> newestOfDay = new LinkedHashMap<>();
        Map<YearMonth, Backup> newestOfMonth = new LinkedHashMap<>();
        for (Backup b : newestFirst) {
            newestOfDay.putIfAbsent(b.takenAt().toLocalDate(), b);
            newestOfMonth.putIfAbsent(YearMonth.from(b.takenAt()), b);
        }
        newestOfDay.values().stream().limit(DAYS).forEach(keep::add);
        newestOfMonth.values().stream().limit(MONTHS).forEach(keep::add);
        List<Backup> delete = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Backup b = newestFirst.get(i);
            if (!keep.contains(b) && !NEVER_ROTATED.equals(b.reason())) {
                delete.add(b);
            }
        }
        return delete;
    }
}
