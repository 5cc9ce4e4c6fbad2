package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.domain.AuditEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;

/** The audit log is append-only in the database itself; the one allowed change is a stamped redaction. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AuditLogTriggersTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private void exec(Database db, String sql) {
        db.withConnection(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate(sql);
            }
            return null;
        });
    }

    @Test
    void entriesCannotBeDeletedOrEdited() {
        TrackerServices s = store.demo(dir);
        int count = s.repositories().audit().count();
        assertThatThrownBy(() -> exec(s.repositories().db(), "DELETE FROM audit_log")).isInstanceOf(StoreException.class)
                .hasMessageContaining("append-only");
        if (store == StoreKind.POSTGRESQL) {
            // TRUNCATE skips row triggers on PostgreSQL: its own trigger refuses it
            assertThatThrownBy(() -> exec(s.repositories().db(), "TRUNCATE audit_log")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> exec(s.repositories().db(), "UPDATE audit_log SET after = '{}' WHERE id = 1"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> exec(s.repositories().db(), "UPDATE audit_log SET os_user = 'someone-else', redacted_on = '2030-01-01' "
                + "WHERE id = 1")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> exec(s.repositories().db(), "UPDATE audit_log SET at = '2000-01-01T00:00:00Z', redacted_on = '2030-01-01' "
                + "WHERE id = 1")).hasMessageContaining("append-only");
        assertThat(s.repositories().audit().count()).isEqualTo(count);
    }

    @Test
    void entriesCannotBeReplacedOrUpsertedPastTheTriggers() {
        TrackerServices s = store.demo(dir);
        int count = s.repositories().audit().count();
        String original = s.repositories().auditQueries().search(AuditFilter.all(count)).stream()
                .filter(r -> r.entry().id() == 1).findFirst().orElseThrow().entry().after();
        String forged = "(1, '2020-01-01T00:00:00Z', 'mallory', 'Mallory', 'staff', 1, 'update', NULL, '{}')";
        String columns = " INTO audit_log (id, at, os_user, operator, entity, entity_id, action, before, after) VALUES ";
        java.util.List<String> attempts = store == StoreKind.SQLITE
                ? java.util.List.of(
                        "INSERT OR REPLACE" + columns + forged,
                        "REPLACE" + columns + forged,
                        "INSERT" + columns + forged + " ON CONFLICT(id) DO UPDATE SET after = excluded.after",
                        "INSERT OR IGNORE" + columns + forged,
                        "INSERT" + columns + forged)
                // PostgreSQL has no REPLACE: its upserts, and a plain insert naming the id
                : java.util.List.of(
                        "INSERT" + columns + forged + " ON CONFLICT(id) DO UPDATE SET after = excluded.after",
                        "INSERT" + columns + forged + " ON CONFLICT DO NOTHING",
                        "INSERT" + columns + forged + " ON CONFLICT(id) DO UPDATE SET after = excluded.after, "
                                + "redacted_on = '2030-01-01'",
                        "INSERT" + columns + forged);
        for (String sql : attempts) {
            assertThatThrownBy(() -> exec(s.repositories().db(), sql)).as(sql).hasMessageContaining("append-only");
        }
        assertThat(s.repositories().audit().count()).isEqualTo(count);
        assertThat(s.repositories().auditQueries().search(AuditFilter.all(count)).stream()
                .filter(r -> r.entry().id() == 1).findFirst().orElseThrow().entry().after()).isEqualTo(original);
        // a new entry is still appended as before
        exec(s.repositories().db(), "INSERT INTO audit_log (at, os_user, operator, entity, entity_id, action, before, after) VALUES "
                + "('2026-11-24T09:00:00Z', 'u', 'U', 'staff', 1, 'update', NULL, '{}')");
        assertThat(s.repositories().audit().count()).isEqualTo(count + 1);
    }

    @Test
    void aRedactionKeepsWhenWhoAndWhat() {
        TrackerServices s = store.demo(dir);
        AuditEntry first = s.repositories().audit().recent(1, null, null).get(0);
        s.repositories().erasure().redactAuditEntry(first.id(), null, "{\"x\":\"[erased]\"}", first.operator(), java.time.LocalDate.of(2030, 1, 1));
        AuditRecord r = s.repositories().auditQueries().search(AuditFilter.all(1)).get(0);
        assertThat(r.redactedOn()).isEqualTo(java.time.LocalDate.of(2030, 1, 1));
        assertThat(r.entry().at()).isEqualTo(first.at());
        assertThat(r.entry().osUser()).isEqualTo(first.osUser());
        assertThat(r.entry().after()).contains("[erased]");
    }
}
