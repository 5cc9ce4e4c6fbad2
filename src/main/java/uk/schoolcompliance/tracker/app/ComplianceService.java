package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.School;
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
import uk.schoolcompliance.tracker.store.FigureQueries;
import uk.schoolcompliance.tracker.store.GovernorFigures;
import uk.schoolcompliance.tracker.store.ServerRoles;

/**
 * Loads the school's data in one read and computes every figure as of a date.
 *
 * <p>A trust's snapshot is hundreds of thousands of rows, so the last one loaded is kept and used
 * again while the database has not changed: every write is audited in its own transaction, so the
 * newest audit line ({@code AuditRepository.revision()}, one indexed row) changes with every committed
 * change, this app's or another copy's. A snapshot read inside a caller's transaction is not kept
 * (that transaction may still roll back).
 *
 * <p>The figures are asked of the database ({@link FigureQueries}: set-based SQL), not computed from a copy
 * of every acknowledgement: {@link #calculator} gets a snapshot of the people, policies, versions, reviews and
 * induction plans only (thousands of rows, not millions), and the obligations, gaps and counts from SQL. The
 * full snapshot ({@link #load()}) is read only by the few screens that need a person's acknowledgements of
 * every policy at once (recording a sign-off session). The Java rules stay the reference the SQL is tested
 * against ({@code FigureEquivalenceTest}).
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
    /** The last snapshot without acknowledgements, for the figures (kept while the audit revision is unchanged). */
    private volatile Cached figures;
    private record Answer(String revision, LocalDate asOf, Summary summary) {
    }

    /** The last whole-file summary (warm: the same question again while nothing changed). */
    private volatile Answer lastSummary;

    /** Connected to a trust's server as a governor (#19): null until asked, once per connection. */
    private volatile Boolean governor;

    /**
     * True when connected to a trust's server as a login whose only role is governor: PostgreSQL lets it read no
     * table of people, so its figures come from the governors' counts and its schedule from their views
     * ({@link GovernorFigures}); nobody is named to it.
     */
    public boolean governorOnly() {
        Boolean g = governor;
        if (g == null) {
            g = db.isServer() && new ServerRoles(db, audit).isGovernorOnly();
            governor = g;
        }
        return g;
    }

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
        figures = null;
        lastSummary = null;
    }

    /** The snapshot the figures use: everything but the acknowledgements (those stay in the database). */
    private Cached figureData() {
        if (governorOnly()) {
            return new Cached("", GovernorFigures.snapshot(db, settings.graceDays()));
        }
        boolean outer = db.isInTransaction();
        return db.inTransaction(c -> {
            String revision = audit.revision();
            Cached last = figures;
            if (last != null && last.revision().equals(revision)) {
                return last;
            }
            Cached fresh = new Cached(revision, new SchoolData(
                    staffRepository.findAll(),
                    policyRepository.findAll(),
                    versionRepository.findAll(),
                    java.util.List.of(),
                    reviewRepository.findAll(),
                    inductionRepository.itemsByStaff(),
                    schoolRepository.findAll(),
                    settings.graceDays()));
            if (!outer) {
                figures = fresh;
            }
            return fresh;
        });
    }

    public ComplianceCalculator calculator(LocalDate asOf) {
        SchoolData data = figureData().data();
        if (governorOnly()) {
            return new ComplianceCalculator(data, asOf, new GovernorFigures(db, null));
        }
        return new ComplianceCalculator(data, asOf, new FigureQueries(db, data, null));
    }

    /** "What needs doing this week" as of a date, most urgent first. */
    public java.util.List<ThisWeek.Item> thisWeek(LocalDate asOf) {
        return ThisWeek.of(calculator(asOf));
    }

    public Summary summary(LocalDate asOf) {
        if (governorOnly()) {
            return calculator(asOf).summary();
        }
        boolean outer = db.isInTransaction();
        Cached data = figureData();
        Answer last = lastSummary;
        if (last != null && last.revision().equals(data.revision()) && last.asOf().equals(asOf)) {
            return last.summary();
        }
        Summary summary = new ComplianceCalculator(data.data(), asOf,
                new FigureQueries(db, data.data(), null)).summary();
        if (!outer) {
            lastSummary = new Answer(data.revision(), asOf, summary);
        }
        return summary;
    }

    /**
     * Each entry's summary and acknowledgement figures per policy from one grouped question of the database (school
     * x policy), not one pass per school ({@link SchoolParts}).
     */
    java.util.List<SchoolParts.Part> schoolParts(LocalDate asOf, java.util.List<School> entries) {
        if (governorOnly()) {
            // a governor reads no table of people (#19): each entry counted by the governors' function instead
            SchoolData all = figureData().data();
            java.util.List<SchoolParts.Part> out = new java.util.ArrayList<>();
            for (School school : entries) {
                ComplianceCalculator calc = new ComplianceCalculator(all.forSchool(school), asOf,
                        new GovernorFigures(db, all.staffSchoolIds(school)));
                out.add(new SchoolParts.Part(school, calc.summary(), calc.tallyByPolicy()));
            }
            return out;
        }
        return SchoolParts.of(db, figureData().data(), entries, asOf);
    }

    /** The calculator for one school's part of the file ({@link SchoolData#forSchool}), or the whole file. */
    public ComplianceCalculator calculator(LocalDate asOf, java.util.Optional<School> school) {
        if (school.isEmpty()) {
            return calculator(asOf);
        }
        SchoolData all = figureData().data();
        SchoolData part = all.forSchool(school.get());
        if (governorOnly()) {
            return new ComplianceCalculator(part, asOf, new GovernorFigures(db, all.staffSchoolIds(school.get())));
        }
        return new ComplianceCalculator(part, asOf,
                new FigureQueries(db, part, all.staffSchoolIds(school.get())));
    }
}
