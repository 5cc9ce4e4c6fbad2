package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.Repositories;
import uk.schoolcompliance.tracker.store.ServerAddress;

/**
 * All wiring in one place: one open database, its repositories and the use-case services built on
 * them. The UI and the command line both start from here.
 */
public final class TrackerServices implements AutoCloseable {

    private final Repositories repos;
    private final OutputFiles outputs;
    private final BackupService backups;
    private final ComplianceService compliance;
    private final SchoolService schoolService;
    private final InductionService inductionService;
    private final StaffService staffService;
    private final StaffImportService staffImport;
    private final PolicyService policyService;
    private final PolicyScheduleImport policySchedule;
    private final ReviewService reviewService;
    private final AcknowledgementService acknowledgementService;
    private final FormImportService formImport;
    private final AuditService auditService;
    private final RetentionService retention;
    private final SubjectAccessService subjectAccess;
    private final SchoolSetupService schoolSetup;
    private final GovernorsPackService governorsPack;
    private final ServerAccessService serverAccess;

    /**
     * The wiring: builds the repositories of {@code db}, then every service in dependency order, each given
     * only what its constructor declares. A new service is added here (and its getter below), after the
     * services it uses.
     */
    public TrackerServices(Database db, Supplier<Actor> actor) {
        Repositories r = Repositories.of(db, actor);
        Clock clock = db.clock();
        Supplier<LocalDate> today = () -> LocalDate.now(clock);
        this.repos = r;
        this.outputs = new OutputFiles(db);
        this.backups = new BackupService(db, r.settings());
        this.compliance = new ComplianceService(db, r.audit(), r.settings(), r.schools(), r.staff(), r.policies(),
                r.versions(), r.reviews(), r.acknowledgements(), r.induction());
        this.schoolService = new SchoolService(db, r.schools(), compliance);
        this.inductionService = new InductionService(db, r.settings(), r.policies(), r.induction(), compliance,
                outputs, clock);
        this.staffService = new StaffService(db, r.settings(), r.staff(), inductionService, clock, r.schools(), compliance);
        this.staffImport = new StaffImportService(db, r.audit(), r.staff(), backups, inductionService, staffService,
                new StaffMatching(r.settings(), r.staff(), clock), new NotInFile(r.staff()), clock);
        this.policyService = new PolicyService(db, r.settings(), r.policies(), r.versions(), r.reviews(), compliance,
                backups, new PolicyVersions(db, r.policies(), r.versions(), r.reviews(), clock), clock, schoolService);
        this.policySchedule = new PolicyScheduleImport(db, r.settings(), r.policies(), r.versions(), backups, clock,
                schoolService);
        this.reviewService = new ReviewService(db, r.settings(), r.policies(), r.versions(), r.reviews(), compliance,
                outputs, clock);
        this.acknowledgementService = new AcknowledgementService(db, r.audit(), r.settings(), r.staff(), r.policies(),
                r.versions(), r.acknowledgements(), compliance, outputs, actor, today);
        this.formImport = new FormImportService(db, r.audit(), r.acknowledgements(), compliance, backups,
                acknowledgementService, actor);
        this.auditService = new AuditService(r.auditQueries());
        this.retention = new RetentionService(db, r.settings(), r.erasure(), r.auditQueries(), backups);
        this.subjectAccess = new SubjectAccessService(r.settings(), r.staff(), r.policies(), r.versions(),
                r.acknowledgements(), r.induction(), r.auditQueries(), outputs);
        this.schoolSetup = new SchoolSetupService(db, r.settings(), r.staff(), r.policies(), r.versions(), compliance,
                staffImport);
        this.schoolSetup.useSchools(schoolService); // trust ui: a trust's schools in the wizard
        this.governorsPack = new GovernorsPackService(r.settings(), compliance,
                new TrustPackBuilder(r.settings(), compliance, schoolService, actor, clock), outputs, actor, clock);
        // roles (#19): who may do what on a trust's server
        this.serverAccess = new ServerAccessService(db, schoolService,
                new uk.schoolcompliance.tracker.store.ServerRoles(db, r.audit()));
    }

    /**
     * Creates {@code file} and sets the school up in it. Refuses an existing file; when setting up
     * fails, the file it had just created is removed again, so the next start offers the wizard again.
     */
    public static TrackerServices createSchool(Path file, Actor actor, SchoolSetupService.SchoolSetup setup,
            Clock clock) {
        return SchoolFiles.create(file, actor, setup, clock);
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

    /** As {@link #open(Path, Supplier, Clock)}; the quick check is skipped when {@code checks} proves it passed today. */
    public static TrackerServices open(Path file, Supplier<Actor> actor, Clock clock, QuickCheckMemory checks) {
        return new TrackerServices(Database.open(file, clock, checks.checkedFiles()), actor);
    }

    /**
     * Opens a database that must already exist: a mistyped path is "no such database: PATH", never a new, empty
     * school. Only the demo, the setup wizard, {@code generate} and an explicit {@code --create} make a database
     * (through {@link #open}).
     */
    public static TrackerServices openExisting(Path file, Supplier<Actor> actor, Clock clock) {
        return SchoolFiles.openExisting(file, actor, clock, QuickCheckMemory.none());
    }

    /** As {@link #openExisting(Path, Supplier, Clock)}, with the quick check remembered in {@code checks}. */
    public static TrackerServices openExisting(Path file, Supplier<Actor> actor, Clock clock, QuickCheckMemory checks) {
        return SchoolFiles.openExisting(file, actor, clock, checks);
    }

    /**
     * Opens what {@code --db} names: a file (as {@link #openExisting}, or {@link #open} when {@code create}) or a
     * trust's server, {@code postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]}, whose schema {@code server-init}
     * has made (the password from {@code PGPASSWORD} or {@code ~/.pgpass}, never the command line).
     */
    public static TrackerServices openTarget(String target, Supplier<Actor> actor, Clock clock, boolean create) {
        return openTarget(target, actor, clock, create, QuickCheckMemory.none());
    }

    /** As {@link #openTarget(String, Supplier, Clock, boolean)}, with a file's quick check remembered in {@code checks}. */
    public static TrackerServices openTarget(String target, Supplier<Actor> actor, Clock clock, boolean create,
            QuickCheckMemory checks) {
        return ServerAddress.isServer(target) ? new TrackerServices(Database.connect(ServerAddress.parse(target), clock), actor)
                : create ? open(Path.of(target), actor, clock, checks) : openExisting(Path.of(target), actor, clock, checks);
    }

    /**
     * Connects the window to a trust's server with the password typed (null or empty: from {@code PGPASSWORD} or the
     * password file {@code login} reads) and wires the services; a failure to connect is one line saying which.
     */
    public static TrackerServices connect(ServerLogin login, ServerDetails server, String password,
            Supplier<Actor> actor, Clock clock) {
        return new TrackerServices(login.connect(server, password, clock), actor);
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

    /** Roles on a trust's server (#19): server-grant, server-revoke, server-users and the connected login's role. */
    public ServerAccessService serverAccess() {
        return serverAccess;
    }

    /** The app's clock (the one the database was opened with). */
    public Clock clock() {
        return repos.db().clock();
    }

    /** Today by the app's clock. */
    public LocalDate today() {
        return LocalDate.now(repos.db().clock());
    }





    /** The checks opening a file runs, one at a time, for timing them (issue 17, {@code bench}). */
    public OpenSteps openSteps() {
        return new OpenSteps(repos.db(), backups);
    }

    /** The schools of the file: listing, choosing one by name or URN, adding one, figures per school. */
    public SchoolService schoolService() {
        return schoolService;
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
        return repos.db().file();
    }

    /** Where the data is, as messages and the title bar name it: the file, or {@code postgresql://USER@HOST:PORT/DBNAME}. */
    public String databaseLocation() {
        return repos.db().location();
    }

    /** True when the data is on a trust's PostgreSQL server rather than in a local file. */
    public boolean isServer() {
        return repos.db().isServer();
    }

    /** The trust server the data is on (host, database, login), or empty for a local file. */
    public Optional<ServerDetails> serverDetails() {
        return repos.db().server().map(a -> new ServerDetails(a.host(), a.port(), a.database(), a.user(), a.sslMode()));
    }

    /** True when the database answers now (a server that went away is back; a file always answers). */
    public boolean answers() {
        return repos.db().answers();
    }

    /** What opening the database noticed and the user should be told (a migration, a backup taken, read-only). */
    public List<String> notices() {
        return repos.db().notices();
    }

    /** True when the database is open read-only (another copy of the app holds it). */
    public boolean isReadOnly() {
        return repos.db().isReadOnly();
    }

    /**
     * Issue #19: hears other users' changes on a trust's server (PostgreSQL LISTEN/NOTIFY) on a connection and a
     * background thread of its own; each batch goes to {@code onChanges} on that thread. On a file nothing is ever
     * heard. Close the answer to stop listening.
     */
    public AutoCloseable listenForChanges(java.util.function.Consumer<java.util.List<uk.schoolcompliance.tracker.domain.DataChange>> onChanges) {
        return uk.schoolcompliance.tracker.store.ChangeFeed.listen(repos.db(), onChanges);
    }

    /** Why the database is read-only, or null when it is not. */
    public String readOnlyReason() {
        return repos.db().readOnlyReason();
    }

    /** Closes the database (giving up its write lock); every command closes what it opens (try-with-resources). */
    @Override
    public void close() {
        repos.db().close();
    }

    /** The school's name as set up. */
    public String schoolName() {
        return repos.settings().schoolName();
    }

    /** Everyone on the staff list, leavers included. */
    public List<StaffMember> allStaff() {
        return repos.staff().findAll();
    }

    /** How many people are on the staff list, leavers included. */
    public int staffCount() {
        return repos.staff().count();
    }

    /** Every policy, retired ones included. */
    public List<Policy> allPolicies() {
        return repos.policies().findAll();
    }

    /** A policy's versions, oldest first. */
    public List<PolicyVersion> versionsOf(long policyId) {
        return repos.versions().findByPolicy(policyId);
    }

    /** A person's acknowledgements (voided ones included). */
    public List<Acknowledgement> acknowledgementsOf(long staffId) {
        return repos.acknowledgements().findByStaff(staffId);
    }

    /** The date a generated trust's data was anchored to, when this database was made by {@code generate}. */
    public Optional<LocalDate> generatedToday() {
        return repos.settings().get(TrustGenerator.GENERATED_TODAY).map(LocalDate::parse);
    }

    /** Builds the demo school in this (new, empty) database as of {@code today}. */
    /** The demo trust (three small schools, one with a policy of its own), built into an empty file. */
    public DemoTrust demoTrust() {
        return new DemoTrust(repos, schoolService, compliance);
    }

    public DemoSchool demoSchool() {
        Repositories r = repos;
        return new DemoSchool(r.db(), r.settings(), r.staff(), r.policies(), r.versions(), r.reviews(),
                r.acknowledgements(), r.induction());
    }

    /** Fills this new, empty database with a generated trust (the {@code generate} command and benchmarks). */
    public TrustGenerator.Result generateTrust(int staffCount, int policyCount, long seed, LocalDate today) {
        return TrustGenerator.generate(repos.db(), repos.audit(), staffCount, policyCount, seed, today);
    }

    /**
     * The repositories behind the services, for tests that arrange or inspect rows directly. ui and cli never
     * call it: they may not depend on any store type ({@code ArchitectureTest.theLayersDependOnlyDownwards}).
     */
    public Repositories repositories() {
        return repos;
    }

    /** Who is doing it now: recorded as "recorded by" / "done by" / "prepared by" and in the audit log. */
    public Actor actor() {
        return repos.audit().actor();
    }
}
