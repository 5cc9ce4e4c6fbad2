package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;

/** Which audit entries are "about a person": their own records, by entity and id; the list of such tables is whole. */
class AuditQueriesTest {

    @TempDir
    Path dir;

    @Test
    void everyTableKeyedByAStaffIdIsAmongThePersonsOwnRecords() throws Exception {
        Database db = Database.open(TestDemo.copy(dir), TestDemo.CLOCK);
        // the tables whose rows lead to one staff row through foreign keys (directly or through another such table)
        Map<String, List<String>> references = new HashMap<>();
        try (var c = db.newConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(\"" + t + "\")")) {
                    while (rs.next()) {
                        references.computeIfAbsent(t, k -> new ArrayList<>()).add(rs.getString("table"));
                    }
                }
            }
        }
        Set<String> owned = new TreeSet<>();
        Set<String> frontier = new TreeSet<>(Set.of("staff"));
        while (!frontier.isEmpty()) {
            Set<String> reached = frontier;
            Set<String> next = new TreeSet<>();
            references.forEach((table, targets) -> {
                if (!owned.contains(table) && !table.equals("staff") && targets.stream().anyMatch(reached::contains)) {
                    next.add(table);
                }
            });
            owned.addAll(next);
            frontier = next;
        }
        assertThat(owned).containsExactlyInAnyOrder("acknowledgement", "induction_plan", "induction_item");
        assertThat(AuditQueries.STAFF_KEYED.keySet()).containsExactlyInAnyOrderElementsOf(owned);
    }
}
