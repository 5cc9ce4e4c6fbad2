package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;

/** Which audit entries are "about a person": their own records, by entity and id; the list of such tables is whole. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AuditQueriesTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    @Test
    void everyTableKeyedByAStaffIdIsAmongThePersonsOwnRecords() throws Exception {
        Database db = store.demo(dir).repositories().db();
        // the tables whose rows lead to one staff row through foreign keys (directly or through another such table),
        // read through JDBC's metadata so that the file and the server answer alike
        Map<String, List<String>> references = new HashMap<>();
        try (var c = db.newConnection()) {
            var meta = c.getMetaData();
            String schema = c.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("staff", "acknowledgement", "audit_log");
            for (String t : tables) {
                try (ResultSet rs = meta.getImportedKeys(null, schema, t)) {
                    while (rs.next()) {
                        references.computeIfAbsent(t, k -> new ArrayList<>()).add(rs.getString("PKTABLE_NAME"));
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

    @Test
    void theSearchIgnoresTheCaseOfLettersAndUsersSortAlikeOnBothStores() {
        var s = store.demo(dir);
        var audit = s.repositories().auditQueries();
        int all = audit.search(uk.schoolcompliance.tracker.domain.AuditFilter.all(100_000)).size();
        var lower = audit.search(new uk.schoolcompliance.tracker.domain.AuditFilter(null, null, null, null, "oakfield", all));
        var upper = audit.search(new uk.schoolcompliance.tracker.domain.AuditFilter(null, null, null, null, "OAKFIELD", all));
        assertThat(lower).isNotEmpty().hasSize(upper.size());
        // a pattern character typed by the user is matched as itself
        assertThat(audit.search(new uk.schoolcompliance.tracker.domain.AuditFilter(null, null, null, null, "%", all)))
                .allSatisfy(r -> assertThat(r.entry().before() + r.entry().after() + r.entry().entity()).contains("%"));
        s.repositories().audit().record("setting", null, "update", null, java.util.Map.of("x", "1"));
        assertThat(audit.users()).isSortedAccordingTo(java.util.Comparator.comparing(
                (String u) -> AuditQueries.asciiLower(u)).thenComparing(java.util.Comparator.naturalOrder()));
    }
}
