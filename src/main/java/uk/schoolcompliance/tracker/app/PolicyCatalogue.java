package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.io.CsvTable;

/**
 * The starter catalogue: policies schools in England commonly keep, the statutory ones marked, with
 * the usual review frequency, approving body and audience. Read from the resource file
 * {@code policy-catalogue.csv} next to this class; plain data, so the first-run wizard can offer it too.
 */
public final class PolicyCatalogue {

    /** One policy of the catalogue. {@code reviewMonths} and {@code reackMonths} may be null. */
    public record Entry(String title, String area, boolean statutory, Integer reviewMonths, String approvingBody,
                        Set<StaffCategory> audience, Integer reackMonths, String reason) {

        /** A new active policy made from this entry (not yet saved). */
        public Policy toPolicy(Long schoolId) {
            return new Policy(0, schoolId, title, null, area, statutory, null, approvingBody, reviewMonths, reackMonths,
                    null, null, PolicyStatus.ACTIVE, audience);
        }
    }

    private static final String RESOURCE = "policy-catalogue.csv";
    private static List<Entry> entries;

    private PolicyCatalogue() {
    }

    /** Every entry, in the file's order (grouped by area). */
    public static synchronized List<Entry> entries() {
        if (entries == null) {
            entries = List.copyOf(load());
        }
        return entries;
    }

    /** Only the statutory entries. */
    public static List<Entry> statutory() {
        return entries().stream().filter(Entry::statutory).toList();
    }

    private static List<Entry> load() {
        try (InputStream in = PolicyCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            CsvTable table = CsvTable.read(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8), ',');
            List<Entry> out = new ArrayList<>();
            for (CsvTable.Row r : table.rows()) {
                out.add(new Entry(r.get("Policy"), r.get("Area"), r.get("Statutory").equalsIgnoreCase("yes"),
                        months(r.get("Review frequency (months)")), r.get("Approved by"),
                        StaffCategory.parseAudience(r.get("Applies to")), months(r.get("Re-acknowledge (months)")),
                        r.get("Why schools keep it")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer months(String s) {
        return s.isBlank() ? null : Integer.valueOf(s.trim());
    }
}
