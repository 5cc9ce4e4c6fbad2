package uk.schoolcompliance.tracker.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The versioned migrations on the class path with the checksums Flyway computes for them, so opening
 * a database whose schema is already current can skip starting Flyway (about a second at start).
 */
final class MigrationIndex {

    static final String LOCATION = "db/migration";
    private static final Pattern NAME = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    /** A migration script: its version as Flyway writes it ("1", "70.1"), file name and checksum. */
    record Script(String version, String script, int checksum) {
    }

    private MigrationIndex() {
    }

    /** Every versioned migration on the class path (SQLite's), by version; empty when they cannot be listed. */
    static Map<String, Script> onClassPath() throws IOException {
        return onClassPath(SqlDialect.SQLITE);
    }

    /** Every versioned migration a database of this dialect runs, by version, with its checksum. */
    static Map<String, Script> onClassPath(SqlDialect dialect) throws IOException {
        Map<String, Script> out = new TreeMap<>();
        for (Map.Entry<String, String> e : texts(dialect).entrySet()) {
            Matcher m = NAME.matcher(e.getKey());
            String version = m.matches() ? m.group(1).replace('_', '.') : null;
            if (version == null) {
                continue;
            }
            Script s = new Script(version, e.getKey(), checksum(new java.io.ByteArrayInputStream(
                    e.getValue().getBytes(StandardCharsets.UTF_8))));
            if (out.put(version, s) != null) {
                throw new IOException("two migrations with version " + version);
            }
        }
        return out;
    }

    /**
     * The text of every versioned migration a database of this dialect runs, by file name: the portable ones of
     * {@code db/migration}, each replaced by its twin of the same name in the dialect's own folder when it has one
     * (a twin without an original is an error: it would run on one dialect only).
     */
    static Map<String, String> texts(SqlDialect dialect) throws IOException {
        Map<String, String> out = read(LOCATION);
        if (dialect.twinLocation() != null) {
            for (Map.Entry<String, String> twin : read(dialect.twinLocation()).entrySet()) {
                if (out.replace(twin.getKey(), twin.getValue()) == null) {
                    throw new IOException(dialect.twinLocation() + "/" + twin.getKey() + " has no original in " + LOCATION);
                }
            }
        }
        return out;
    }

    /** The migration scripts directly in one class-path folder, by file name. */
    static Map<String, String> read(String location) throws IOException {
        Map<String, String> out = new TreeMap<>();
        ClassLoader loader = MigrationIndex.class.getClassLoader();
        Enumeration<URL> roots = loader.getResources(location);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        add(out, f.getFileName().toString(), () -> Files.newInputStream(f));
                    }
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            } else if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        String name = e.getName();
                        if (name.startsWith(location + "/") && name.indexOf('/', location.length() + 1) < 0) {
                            add(out, name.substring(location.length() + 1), () -> jar.getInputStream(e));
                        }
                    }
                }
            } else {
                throw new IOException("cannot list migrations in " + root);
            }
        }
        return out;
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static void add(Map<String, String> out, String fileName, Opener opener) throws IOException {
        if (!NAME.matcher(fileName).matches()) {
            return;
        }
        try (InputStream in = opener.open()) {
            out.put(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Flyway's checksum of an SQL migration: CRC32 over its lines (no line endings, no BOM), UTF-8. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }
}
