package uk.schoolcompliance.tracker.app;

import uk.schoolcompliance.tracker.domain.SchoolPhase;
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

import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.io.CsvTable;

/**
 * The starter catalogue: policies schools in England commonly keep, with the phases for which each
 * is statutory, the usual review frequency, approving body, audience and why schools keep it. Read
 * from the resource file {@code policy-catalogue.csv} next to this class. One catalogue serves both
 * the policy library's "Add from catalogue" dialog and the first-run wizard (statutory ones
 * pre-selected for the school's phase).
 *
 * <p>"Statutory for" lists phases separated by {@code ;}, with {@code schools} standing for primary,
 * secondary, special and all-through; empty means no phase is required by law to keep it.
 */
public final class PolicyCatalogue {

    /** One policy of the catalogue. {@code reviewMonths} and {@code reackMonths} may be null. */
    public record Entry(String reference, String title, String area, Set<SchoolPhase> statutoryFor,
                        Set<StaffCategory> audience, String approvingBody, Integer reviewMonths, Integer reackMonths,
                        String reason) {
        public Entry {
            statutoryFor = Set.copyOf(statutoryFor);
            audience = Set.copyOf(audience);
        }

        /** Statutory for this phase. */
        public boolean statutoryFor(SchoolPhase phase) {
            return statutoryFor.contains(phase);
        }

        /** Statutory for at least one phase (the policy library, which does not ask for the phase). */
        public boolean statutory() {
            return !statutoryFor.isEmpty();
        }

        /** The policy this entry becomes in a school of {@code phase} (active, no version yet). */
        public Policy toPolicy(Long schoolId, SchoolPhase phase) {
            return toPolicy(schoolId, statutoryFor(phase), reference);
        }

        /** The policy this entry becomes when the phase is not known: statutory when it is for any phase. */
        public Policy toPolicy(Long schoolId) {
            return toPolicy(schoolId, statutory(), reference);
        }

        /** The same, with another (or no) reference code, e.g. when the school already uses this one. */
        public Policy toPolicy(Long schoolId, boolean statutory, String referenceCode) {
            return new Policy(0, schoolId, title, referenceCode, area, statutory, null, approvingBody, reviewMonths,
                    reackMonths, null, null, PolicyStatus.ACTIVE, audience);
        }
    }

    static final String RESOURCE = "policy-catalogue.csv";
    private static List<Entry> entries;

    private PolicyCatalogue() {
    }

    /** Every entry, in the file's order (grouped by area). */
    public static synchronized List<Entry> entries() {
        if (entries == null) {
            entries = read(RESOURCE);
        }
        return entries;
    }

    /** The entries statutory for at least one phase. */
    public static List<Entry> statutory() {
        return entries().stream().filter(Entry::statutory).toList();
    }

    /** The entries the wizard pre-selects for a phase: those statutory for it. */
    public static List<Entry> preselected(SchoolPhase phase) {
        return entries().stream().filter(e -> e.statutoryFor(phase)).toList();
    }

    /** Reads a catalogue resource beside this class; a bad row is reported with its line and column. */
    static List<Entry> read(String resource) {
        CsvTable table;
        try (InputStream in = PolicyCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The policy catalogue " + resource + " is missing from the application");
            }
            table = CsvTable.read(resource, new InputStreamReader(in, StandardCharsets.UTF_8), ',');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> out = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            try {
                out.add(new Entry(required(r, "Reference"), required(r, "Policy"), r.get("Area"),
                        phases(r.get("Statutory for")), StaffCategory.parseAudience(r.get("Applies to")),
                        r.get("Approved by"), months(r.get("Review (months)")), months(r.get("Re-acknowledge (months)")),
                        r.get("Why schools keep it")));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + " line " + r.line() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
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
            int m = Integer.parseInt(text.trim());
            if (m <= 0) {
                throw new IllegalArgumentException("'" + text + "' months must be more than 0");
            }
            return m;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of months", e);
        }
    }
}
