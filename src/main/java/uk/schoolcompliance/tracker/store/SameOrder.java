package uk.schoolcompliance.tracker.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * Whether the database's caseless order ({@link SqlDialect#caselessOrder}) of a file's policy titles and people's
 * names is Java's {@link String#CASE_INSENSITIVE_ORDER} (the order of every list the app prints): then a sorted list
 * can come straight from the database. Both orders are total on the people (the id breaks ties), so they are the
 * same order exactly when every neighbour in the Java order compares the same way (with the same ties) in the
 * database's.
 */
final class SameOrder {

    private SameOrder() {
    }

    static boolean of(SchoolData data, Comparator<String> database) {
        if (database == null) {
            return false;
        }
        Comparator<String> java = String.CASE_INSENSITIVE_ORDER;
        List<String> titles = new ArrayList<>(data.policies().stream().map(Policy::title).toList());
        titles.sort(java);
        for (int i = 1; i < titles.size(); i++) {
            if (Integer.signum(java.compare(titles.get(i - 1), titles.get(i)))
                    != Integer.signum(database.compare(titles.get(i - 1), titles.get(i)))) {
                return false;
            }
        }
        Comparator<StaffMember> javaPeople = people(java);
        Comparator<StaffMember> databasePeople = people(database);
        List<StaffMember> staff = new ArrayList<>(data.staff());
        staff.sort(javaPeople);
        for (int i = 1; i < staff.size(); i++) {
            if (databasePeople.compare(staff.get(i - 1), staff.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Comparator<StaffMember> people(Comparator<String> names) {
        return Comparator.comparing(StaffMember::familyName, names).thenComparing(StaffMember::givenName, names)
                .thenComparingLong(StaffMember::id);
    }
}
