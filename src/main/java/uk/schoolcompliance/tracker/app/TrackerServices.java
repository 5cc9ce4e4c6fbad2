package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.store.AcknowledgementRepository;
import uk.schoolcompliance.tracker.store.AuditRepository;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.InductionRepository;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.ReviewRepository;
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
    private final StaffRepository staff;
    private final PolicyRepository policies;
    private final VersionRepository versions;
    private final ReviewRepository reviews;
    private final AcknowledgementRepository acknowledgements;
    private final InductionRepository induction;
    private final ComplianceService compliance;
    private final GovernorsPackService governorsPack;

    public TrackerServices(Database db, Supplier<Actor> actor) {
        this.db = db;
        this.audit = new AuditRepository(db, actor);
        this.settings = new SettingsRepository(db, audit);
        this.staff = new StaffRepository(db, audit);
        this.policies = new PolicyRepository(db, audit);
        this.versions = new VersionRepository(db, audit);
        this.reviews = new ReviewRepository(db, audit);
        this.acknowledgements = new AcknowledgementRepository(db, audit);
        this.induction = new InductionRepository(db, audit);
        this.compliance = new ComplianceService(this);
        this.governorsPack = new GovernorsPackService(this);
    }

    /** Opens (creating and migrating when needed) the database and wires the services. */
    public static TrackerServices open(Path file, Actor actor) {
        return new TrackerServices(Database.open(file), () -> actor);
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

    public GovernorsPackService governorsPack() {
        return governorsPack;
    }

    public Actor actor() {
        return audit.actor();
    }
}
