package uk.schoolcompliance.tracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Small helpers for binding and reading the portable column types (ISO dates as TEXT, booleans as 0/1). */
public final class Jdbc {

    private Jdbc() {
    }

    public static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, date.toString());
        }
    }

    public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    public static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public static Integer getInteger(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    /** The id SQLite (and PostgreSQL with RETURNING-less drivers) generated for the last insert. */
    public static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key");
            }
            return keys.getLong(1);
        }
    }

    /** Null for empty or blank text, trimmed otherwise. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Shares equal values while reading many rows: each distinct date is parsed once, each distinct
     * short text kept once (acknowledgement dates and "recorded by" names repeat thousands of times).
     */
    public static final class Dedup {
        private final java.util.HashMap<String, LocalDate> dates = new java.util.HashMap<>();
        private final java.util.HashMap<String, String> texts = new java.util.HashMap<>();
        private final java.util.HashMap<String, uk.schoolcompliance.tracker.domain.AckMethod> methods =
                new java.util.HashMap<>();

        public LocalDate date(String iso) {
            if (iso == null || iso.isEmpty()) {
                return null;
            }
            LocalDate d = dates.get(iso);
            if (d == null) {
                d = LocalDate.parse(iso);
                dates.put(iso, d);
            }
            return d;
        }

        public String text(String s) {
            if (s == null) {
                return null;
            }
            String shared = texts.putIfAbsent(s, s);
            return shared == null ? s : shared;
        }

        public uk.schoolcompliance.tracker.domain.AckMethod method(String code) {
            return methods.computeIfAbsent(code, uk.schoolcompliance.tracker.domain.AckMethod::fromCode);
        }
    }
}
