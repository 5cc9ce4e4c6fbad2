package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.io.CsvTable;

/**
 * The built-in starter catalogue: common policies of schools in England, read from a CSV resource
 * ({@code starter-policies.csv} beside this class). "Statutory for" lists phases, with
 * {@code schools} standing for primary, secondary, special and all-through.
 */
public final class ResourcePolicyCatalogue implements StarterCatalogue {

    public static final String RESOURCE = "starter-policies.csv";

    private final String resource;
    private List<Entry> entries;

    public ResourcePolicyCatalogue() {
        this(RESOURCE);
    }

    /** A catalogue read from another resource beside this class (tests). */
    ResourcePolicyCatalogue(String resource) {
        this.resource = resource;
    }

    @Override
    public synchronized List<Entry> entries() {
        if (entries == null) {
            entries = List.copyOf(read());
        }
        return entries;
    }

    private List<Entry> read() {
        CsvTable table;
        try (InputStream in = ResourcePolicyCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The policy catalogue " + resource + " is missing from the application");
            }
            table = CsvTable.read(resource, new InputStreamReader(in, StandardCharsets.UTF_8), ',');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> out = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            String where = resource + " line " + r.line() + ": ";
            try {
                out.add(new Entry(r.get("Reference"), required(r, "Policy"), r.get("Area"), phases(r.get("Statutory for")),
                        StaffCategory.parseAudience(r.get("Applies to")), r.get("Approved by"),
                        months(r.get("Review (months)")), months(r.get("Re-acknowledge (months)"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String required(CsvTable.Row r, String column) {
        String v = r.get(column);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return v;
    }

    static Set<SchoolPhase> phases(String text) {
        EnumSet<SchoolPhase> out = EnumSet.noneOf(SchoolPhase.class);
        for (String part : text.split(";")) {
            String w = part.trim().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("schools")) {
                out.addAll(EnumSet.of(SchoolPhase.PRIMARY, SchoolPhase.SECONDARY, SchoolPhase.SPECIAL, SchoolPhase.ALL_THROUGH));
            } else {
                out.add(SchoolPhase.fromCode(w));
            }
        }
        return out;
    }

    private static Integer months(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int m = Integer.parseInt(text);
            if (m <= 0) {
                throw new IllegalArgumentException("'" + text + "' months must be more than 0");
            }
            return m;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of months", e);
        }
    }
}
