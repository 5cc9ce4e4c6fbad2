package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * What Flyway runs on a dialect with twins (PostgreSQL): every migration of {@code db/migration}, except that one
 * with a twin of the same name in the dialect's folder runs the twin (see {@link MigrationIndex#texts}). So a
 * portable migration is written once, and a dialect-specific one (triggers, identity columns) sits beside its
 * SQLite original under the same name and version.
 */
final class TwinMigrations implements ResourceProvider {

    private final Map<String, String> scripts;

    TwinMigrations(SqlDialect dialect) {
        try {
            this.scripts = MigrationIndex.texts(dialect);
        } catch (IOException e) {
            throw new StoreException("Cannot list the database migrations: " + e.getMessage(), e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        String text = scripts.get(name);
        return text == null ? null : new Script(name, text);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> out = new ArrayList<>();
        scripts.forEach((name, text) -> {
            if (name.startsWith(prefix)) {
                for (String suffix : suffixes) {
                    if (name.endsWith(suffix)) {
                        out.add(new Script(name, text));
                        break;
                    }
                }
            }
        });
        return out;
    }

    private static final class Script extends LoadableResource {
        private final String name;
        private final String text;

        Script(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public Reader read() {
            return new StringReader(text);
        }

        @Override
        public String getAbsolutePath() {
            return name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
