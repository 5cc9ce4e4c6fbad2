package uk.schoolcompliance.tracker.safety;

import uk.schoolcompliance.tracker.TestDemo;

import java.nio.file.Path;
import java.time.LocalDate;

import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * A large import as one transaction through the repositories (each row audited): args are the database and the
 * number of staff. Prints BEGIN when the transaction starts, PROGRESS every 1,000 rows, COMMITTED at the end.
 */
public final class CrashWriterMain {

    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        TrackerServices services = TrackerServices.open(Path.of(args[0]), new Actor("crash", "Crash test"), TestDemo.CLOCK);
        int count = Integer.parseInt(args[1]);
        String batch = args.length > 2 ? args[2] : "b";
        long school = services.repositories().settings().ensureSchool("Crash Test School", "primary");
        services.repositories().db().inTransaction(() -> {
            System.out.println("BEGIN");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                services.repositories().staff().insert(new StaffMember(0, school, "Given" + i, "Family" + batch, batch + "-" + i,
                        batch + "." + i + "@crash.test", StaffCategory.TEACHER, "Teacher", LocalDate.of(2024, 9, 1),
                        null, null, null));
                if (i % 1000 == 0) {
                    System.out.println("PROGRESS " + i);
                    System.out.flush();
                }
            }
        });
        System.out.println("COMMITTED");
        System.out.flush();
    }
}
