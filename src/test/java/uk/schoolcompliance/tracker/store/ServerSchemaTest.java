package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;

/** server-init makes the same schema on PostgreSQL through the same migrations, with each dialect's twin in its place. */
class ServerSchemaTest {

    @TempDir
    Path dir;

    @Test
    void serverInitAppliesEveryMigrationOnceAndTheServerThenOpens() {
        ServerAddress a = TestServer.emptyDatabase();
        assertThatThrownBy(() -> Database.connect(a, TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessage(a + " holds no Compliance Tracker data yet: run `server-init --db " + a + "` first (docs/server.md)");
        Database db = Database.initServer(a, TestDemo.CLOCK);
        Database file = Database.open(dir.resolve("t.db"), TestDemo.CLOCK);
        assertThat(db.schemaVersion()).isEqualTo(file.schemaVersion()).isPresent();
        assertThat(db.schemaIsCurrent()).isTrue();
        assertThat(Database.initServer(a, TestDemo.CLOCK).schemaVersion()).isEqualTo(db.schemaVersion());
        Database again = Database.connect(a, TestDemo.CLOCK);
        assertThat(again.isServer()).isTrue();
        assertThat(again.location()).isEqualTo(a.toString());
        assertThat(again.integrityProblems()).isEmpty();
    }

    @Test
    void theServerHasTheFilesTablesAndColumns() {
        Database server = Database.connect(TestServer.withSchema(), TestDemo.CLOCK);
        Database file = Database.open(dir.resolve("c.db"), TestDemo.CLOCK);
        assertThat(columns(server, "SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c "
                + "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                + "WHERE c.table_schema = current_schema() AND c.table_name <> 'flyway_schema_history' "
                + "AND t.table_type = 'BASE TABLE'")) // the governors' views (V90) are the server's alone
                .isEqualTo(columns(file, "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                        + "WHERE m.type = 'table' AND m.name <> 'flyway_schema_history'"));
    }

    @Test
    void everyTwinHasAnOriginalAndTheSqliteScriptsAreUnchanged() throws Exception {
        Map<String, String> twins = MigrationIndex.read(SqlDialect.POSTGRESQL_TWINS);
        Map<String, String> originals = MigrationIndex.read(SqlDialect.MIGRATIONS);
        assertThat(twins).isNotEmpty();
        assertThat(originals.keySet()).containsAll(twins.keySet());
        assertThat(MigrationIndex.texts(SqlDialect.SQLITE)).isEqualTo(originals);
        assertThat(MigrationIndex.texts(SqlDialect.POSTGRESQL).keySet()).isEqualTo(originals.keySet());
    }

    private static java.util.Set<String> columns(Database db, String sql) {
        return db.withConnection(c -> {
            java.util.Set<String> out = new java.util.TreeSet<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
