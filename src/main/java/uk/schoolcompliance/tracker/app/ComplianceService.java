package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.Summary;

/**
 * Loads the school's data in one read and computes every figure as of a date.
 *
 * <p>A trust's snapshot is hundreds of thousands of rows, so the last one loaded is kept and used
 * again while the database has not changed: every write is audited in its own transaction, so the
 * newest audit line ({@code AuditRepository.revision()}, one indexed row) changes with every committed
 * change, this app's or another copy's. A snapshot read inside a caller's transaction is not kept
 * (that transaction may still roll back).
 */
public final class ComplianceService {

    private final TrackerServices services;
    private record Cached(String revision, SchoolData data) {
    }

    private volatile Cached cached;

    ComplianceService(TrackerServices services) {
        this.services = services;
    }

    /** One consistent snapshot of everything the figures depend on (read in one transaction). */
    public SchoolData load() {
        boolean outer = services.db().isInTransaction();
        return services.db().inTransaction(c -> {
            String revision = services.audit().revision();
            Cached last = cached;
            if (last != null && last.revision().equals(revision)) {
                return last.data();
            }
            cached = null; // let the old snapshot go before the new one is read
            SchoolData data = loadFresh();
            if (!outer) {
                cached = new Cached(revision, data);
            }
            return data;
        });
    }

    /** Reads the snapshot from the database, ignoring the kept one (for benchmarks and checks). */
    public SchoolData loadFresh() {
        return services.db().inTransaction(c -> new SchoolData(
                services.staff().findAll(),
                services.policies().findAll(),
                services.versions().findAll(),
                services.acknowledgements().findAll(),
                services.reviews().findAll(),
                services.induction().itemsByStaff(),
                services.schools().findAll(),
                services.settings().graceDays()));
    }

    /** Forgets the kept snapshot (the next {@link #load()} reads the database again). */
    public void forget() {
        cached = null;
    }

    public ComplianceCalculator calculator(LocalDate asOf) {
        return new ComplianceCalculator(load(), asOf);
    }

    /** "What needs doing this week" as of a date, most urgent first. */
    public java.util.List<ThisWeek.Item> thisWeek(LocalDate asOf) {
        return ThisWeek.of(calculator(asOf));
    }

    public Summary summary(LocalDate asOf) {
        return calculator(asOf).summary();
    }

    /** The calculator for one school's part of the file ({@link SchoolData#forSchool}), or the whole file. */
    public ComplianceCalculator calculator(LocalDate asOf, java.util.Optional<uk.schoolcompliance.tracker.domain.School> school) {
        SchoolData data = load();
        return new ComplianceCalculator(school.map(data::forSchool).orElse(data), asOf);
    }
}
