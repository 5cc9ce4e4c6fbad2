package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.store.AcknowledgementRepository;
import uk.schoolcompliance.tracker.store.AuditRepository;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.InductionRepository;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.ReviewRepository;
import uk.schoolcompliance.tracker.store.SchoolRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StaffRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

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

    private final Database db;
    private final AuditRepository audit;
    private final SettingsRepository settings;
    private final SchoolRepository schoolRepository;
    private final StaffRepository staffRepository;
    private final PolicyRepository policyRepository;
    private final VersionRepository versionRepository;
    private final ReviewRepository reviewRepository;
    private final AcknowledgementRepository acknowledgementRepository;
    private final InductionRepository inductionRepository;
    private record Cached(String revision, SchoolData data) {
    }

    private volatile Cached cached;

    ComplianceService(Database db, AuditRepository audit, SettingsRepository settings, SchoolRepository schoolRepository,
            StaffRepository staffRepository, PolicyRepository policyRepository, VersionRepository versionRepository,
            ReviewRepository reviewRepository, AcknowledgementRepository acknowledgementRepository,
            InductionRepository inductionRepository) {
        this.db = db;
        this.audit = audit;
        this.settings = settings;
        this.schoolRepository = schoolRepository;
        this.staffRepository = staffRepository;
        this.policyRepository = policyRepository;
        this.versionRepository = versionRepository;
        this.reviewRepository = reviewRepository;
        this.acknowledgementRepository = acknowledgementRepository;
        this.inductionRepository = inductionRepository;
    }

    /** One consistent snapshot of everything the figures depend on (read in one transaction). */
    public SchoolData load() {
        boolean outer = db.isInTransaction();
        return db.inTransaction(c -> {
            String revision = audit.revision();
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
        return db.inTransaction(c -> new SchoolData(
                staffRepository.findAll(),
                policyRepository.findAll(),
                versionRepository.findAll(),
                acknowledgementRepository.findAll(),
                reviewRepository.findAll(),
                inductionRepository.itemsByStaff(),
                schoolRepository.findAll(),
                settings.graceDays()));
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
    public ComplianceCalculator calculator(LocalDate asOf,
            java.util.Optional<uk.schoolcompliance.tracker.domain.School> school) {
        SchoolData data = load();
        return new ComplianceCalculator(school.map(data::forSchool).orElse(data), asOf);
    }
}
