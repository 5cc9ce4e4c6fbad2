package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.AcknowledgementRepository;
import uk.schoolcompliance.tracker.store.AuditQueries;
import uk.schoolcompliance.tracker.store.AuditRepository;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ErasureRepository;
import uk.schoolcompliance.tracker.store.InductionRepository;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.ReviewRepository;
import uk.schoolcompliance.tracker.store.SchoolRepository;
import uk.schoolcompliance.tracker.store.ServerAddress;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StaffRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * All wiring in one place: one open database, its repositories and the use-case services built on
 * them. The UI and the command line both start from here.
 */
public final class TrackerServices {

    private final Database db;
    private final AuditRepository audit;
    private final SettingsRepository settings;
    private final SchoolRepository schools;
    private final SchoolService schoolService;
    private final StaffRepository staff;
    private final PolicyRepository policies;
    private final VersionRepository versions;
    private final ReviewRepository reviews;
    private final AcknowledgementRepository acknowledgements;
    private final InductionRepository induction;
    private final ComplianceService compliance;
    private final StaffService staffService;
    private final StaffImportService staffImport;
    private final InductionService inductionService;
    private final PolicyService policyService;
    private final PolicyScheduleImport policySchedule;
    private final ReviewService reviewService;
    private final AcknowledgementService acknowledgementService;
    private final FormImportService formImport;
    private final AuditQueries auditQueries;
    private final AuditService auditService;
    private final ErasureRepository erasure;
    private final BackupService backups;
    private final RetentionService retention;
    private final SubjectAccessService subjectAccess;
    private final SchoolSetupService schoolSetup;
    private final GovernorsPackService governorsPack;
    private final OutputFiles outputs;

    public TrackerServices(Database db, Supplier<Actor> actor) {
        this.db = db;
        this.outputs = new OutputFiles(db);
        this.audit = new AuditRepository(db, actor);
        this.settings = new SettingsRepository(db, audit);
        this.schools = new SchoolRepository(db, audit);
        this.schoolService = new SchoolService(this);
        this.staff = new StaffRepository(db, audit);
        this.policies = new PolicyRepository(db, audit);
        this.versions = new VersionRepository(db, audit);
        this.reviews = new ReviewRepository(db, audit);
        this.acknowledgements = new AcknowledgementRepository(db, audit);
        this.induction = new InductionRepository(db, audit);
        this.compliance = new ComplianceService(this);
        this.staffService = new StaffService(this);
        this.staffImport = new StaffImportService(this);
        this.inductionService = new InductionService(this);
        this.policyService = new PolicyService(this);
        this.policySchedule = new PolicyScheduleImport(this);
        this.reviewService = new ReviewService(this);
        this.acknowledgementService = new AcknowledgementService(this, this::today);
        this.formImport = new FormImportService(this);
        this.auditQueries = new AuditQueries(db);
        this.auditService = new AuditService(auditQueries);
        this.erasure = new ErasureRepository(db, audit);
        this.backups = new BackupService(db, settings);
        this.retention = new RetentionService(db, settings, erasure, auditQueries, backups);
        this.subjectAccess = new SubjectAccessService(this);
        this.schoolSetup = new SchoolSetupService(this);
        this.governorsPack = new GovernorsPackService(this);
    }

    /** Opens (creating and migrating when needed) the database and wires the services; "today" comes from {@code clock}. */
    public static TrackerServices open(Path file, Actor actor, Clock clock) {
        return new TrackerServices(Database.open(file, clock), () -> actor);
    }

    /**
     * As {@link #open(Path, Actor, Clock)}, asking {@code actor} who is doing it at each write: the window changes
     * the name while the file stays open, and the command line reads the remembered name only when it writes.
     */
    public static TrackerServices open(Path file, Supplier<Actor> actor, Clock clock) {
        return new TrackerServices(Database.open(file, clock), actor);
    }

    /**
     * Opens a database that must already exist: a mistyped path is "no such database: PATH", never a new, empty
     * school. Only the demo, the setup wizard, {@code generate} and an explicit {@code --create} make a database
     * (through {@link #open}).
     */
    public static TrackerServices openExisting(Path file, Supplier<Actor> actor, Clock clock) {
        if (java.nio.file.Files.isDirectory(file)) {
            throw new UserException(file + " is a folder, not a database file");
        }
        if (!java.nio.file.Files.exists(file)) {
            throw new UserException("no such database: " + file);
        }
        return open(file, actor, clock);
    }

    /**
     * Opens what {@code --db} names: a file (as {@link #openExisting}, or {@link #open} when {@code create}) or a
     * trust's server, {@code postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]}, whose schema {@code server-init}
     * has made (the password from {@code PGPASSWORD} or {@code ~/.pgpass}, never the command line).
     */
    public static TrackerServices openTarget(String target, Supplier<Actor> actor, Clock clock, boolean create) {
        if (ServerAddress.isServer(target)) {
            return new TrackerServices(Database.connect(ServerAddress.parse(target), clock), actor);
        }
        Path file = Path.of(target);
        return create ? open(file, actor, clock) : openExisting(file, actor, clock);
    }

    /** True when {@code target} (what {@code --db} says) names a server rather than a file. */
    public static boolean namesServer(String target) {
        return ServerAddress.isServer(target);
    }

    /**
     * Creates (or upgrades) the schema on a trust's server through the same migrations as the file
     * ({@code server-init}); returns the schema version it is at.
     */
    public static String initServer(String target, Clock clock) {
        if (!ServerAddress.isServer(target)) {
            throw new UserException("server-init needs a server: --db " + ServerAddress.FORM);
        }
        Database db = Database.initServer(ServerAddress.parse(target), clock);
        return db.schemaVersion().orElse("none");
    }

    /** The app's clock (the one the database was opened with). */
    public Clock clock() {
        return db.clock();
    }

    /** Today by the app's clock. */
    public LocalDate today() {
        return LocalDate.now(db.clock());
    }

    public Database db() {
        return db;
    }

    public AuditRepository audit() {
        return audit;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public SchoolRepository schools() {
        return schools;
    }

    /** The schools of the file: listing, choosing one by name or URN, adding one, figures per school. */
    public SchoolService schoolService() {
        return schoolService;
    }

    public StaffRepository staff() {
        return staff;
    }

    public PolicyRepository policies() {
        return policies;
    }

    public VersionRepository versions() {
        return versions;
    }

    public ReviewRepository reviews() {
        return reviews;
    }

    public AcknowledgementRepository acknowledgements() {
        return acknowledgements;
    }

    public InductionRepository induction() {
        return induction;
    }

    public ComplianceService compliance() {
        return compliance;
    }

    public StaffService staffService() {
        return staffService;
    }

    public StaffImportService staffImport() {
        return staffImport;
    }

    public InductionService inductionService() {
        return inductionService;
    }

    public PolicyService policyService() {
        return policyService;
    }

    public PolicyScheduleImport policySchedule() {
        return policySchedule;
    }

    public ReviewService reviewService() {
        return reviewService;
    }

    public AcknowledgementService acknowledgementService() {
        return acknowledgementService;
    }

    public FormImportService formImport() {
        return formImport;
    }

    public AuditQueries auditQueries() {
        return auditQueries;
    }

    public ErasureRepository erasure() {
        return erasure;
    }

    /** Backups: on opening, before imports ({@code backups().beforeImport()}), by hand, and restore. */
    public BackupService backups() {
        return backups;
    }

    public RetentionService retention() {
        return retention;
    }

    public SubjectAccessService subjectAccess() {
        return subjectAccess;
    }

    public SchoolSetupService schoolSetup() {
        return schoolSetup;
    }

    public GovernorsPackService governorsPack() {
        return governorsPack;
    }

    /** Where every output file is checked and written (never the database, its companions or backups). */
    public OutputFiles outputs() {
        return outputs;
    }

    // --- for the window and the command line, which reach the data only through app (never a repository) ---

    /** Reading the audit log (the Audit log page). */
    public AuditService auditLog() {
        return auditService;
    }

    /** The open database file (null on a trust's server: see {@link #databaseLocation()}). */
    public Path databaseFile() {
        return db.file();
    }

    /** Where the data is, as messages and the title bar name it: the file, or {@code postgresql://USER@HOST:PORT/DBNAME}. */
    public String databaseLocation() {
        return db.location();
    }

    /** True when the data is on a trust's PostgreSQL server rather than in a local file. */
    public boolean isServer() {
        return db.isServer();
    }

    /** What opening the database noticed and the user should be told (a migration, a backup taken, read-only). */
    public List<String> notices() {
        return db.notices();
    }

    /** True when the database is open read-only (another copy of the app holds it). */
    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    /** Why the database is read-only, or null when it is not. */
    public String readOnlyReason() {
        return db.readOnlyReason();
    }

    /** Closes the database (giving up its write lock). */
    public void close() {
        db.close();
    }

    /** The school's name as set up. */
    public String schoolName() {
        return settings.schoolName();
    }

    /** Everyone on the staff list, leavers included. */
    public List<StaffMember> allStaff() {
        return staff.findAll();
    }

    /** How many people are on the staff list, leavers included. */
    public int staffCount() {
        return staff.count();
    }

    /** Every policy, retired ones included. */
    public List<Policy> allPolicies() {
        return policies.findAll();
    }

    /** A policy's versions, oldest first. */
    public List<PolicyVersion> versionsOf(long policyId) {
        return versions.findByPolicy(policyId);
    }

    /** A person's acknowledgements (voided ones included). */
    public List<Acknowledgement> acknowledgementsOf(long staffId) {
        return acknowledgements.findByStaff(staffId);
    }

    /** The date a generated trust's data was anchored to, when this database was made by {@code generate}. */
    public Optional<LocalDate> generatedToday() {
        return settings.get(TrustGenerator.GENERATED_TODAY).map(LocalDate::parse);
    }

    /** Who is doing it now: recorded as "recorded by" / "done by" / "prepared by" and in the audit log. */
    public Actor actor() {
        return audit.actor();
    }
}
