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

    /** Every versioned migration on the class path, by version; empty when they cannot be listed. */
    static Map<String, Script> onClassPath() throws IOException {
        Map<String, Script> out = new TreeMap<>();
        ClassLoader loader = MigrationIndex.class.getClassLoader();
        Enumeration<URL> roots = loader.getResources(LOCATION);
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
                        if (name.startsWith(LOCATION + "/") && name.indexOf('/', LOCATION.length() + 1) < 0) {
                            add(out, name.substring(LOCATION.length() + 1), () -> jar.getInputStream(e));
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

    private static void add(Map<String, Script> out, String fileName, Opener opener) throws IOException {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return;
        }
        String version = m.group(1).replace('_', '.');
        try (InputStream in = opener.open()) {
            Script s = new Script(version, fileName, checksum(in));
            if (out.put(version, s) != null) {
                throw new IOException("two migrations with version " + version);
            }
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
