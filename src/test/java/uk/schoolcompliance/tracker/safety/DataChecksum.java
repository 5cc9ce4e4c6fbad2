package uk.schoolcompliance.tracker.safety;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of the data in a database: SHA-256 over every table's name and rows (ordered by rowid), each value
 * with its type, so two databases holding the same data give the same checksum whatever their page layout, WAL
 * state or free pages. For "bad input changes nothing": take it before, run the command, compare after.
 */
public final class DataChecksum {

    private DataChecksum() {
    }

    /** The data checksum of a database (read without changing it). */
    public static String of(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                sha.update(("table " + t + "\n").getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            sha.update((md.getColumnName(i) + "=").getBytes(StandardCharsets.UTF_8));
                            if (v instanceof byte[] bytes) {
                                sha.update(("blob:" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                                sha.update(bytes);
                            } else {
                                sha.update((v == null ? "null" : v.getClass().getSimpleName() + ":" + v)
                                        .getBytes(StandardCharsets.UTF_8));
                            }
                            sha.update((byte) 0);
                        }
                        sha.update((byte) '\n');
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (Exception e) {
            throw new AssertionError("cannot compute the data checksum of " + db + ": " + e, e);
        }
    }

    /** SHA-256 of a file's bytes (for files that must stay byte-identical, such as a refused damaged file). */
    public static String ofBytes(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
