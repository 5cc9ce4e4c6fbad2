package uk.schoolcompliance.tracker.store;

import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.Actor;

/**
 * The repositories over one open {@link Database}, each writing its audit lines through the one
 * {@link AuditRepository}. Built once by the app's wiring ({@code app.TrackerServices}), which hands each
 * service only the repositories it declares; tests use it to arrange and inspect rows directly.
 */
public record Repositories(
        Database db,
        AuditRepository audit,
        SettingsRepository settings,
        SchoolRepository schools,
        StaffRepository staff,
        PolicyRepository policies,
        VersionRepository versions,
        ReviewRepository reviews,
        AcknowledgementRepository acknowledgements,
        InductionRepository induction,
        AuditQueries auditQueries,
        ErasureRepository erasure) {

    /** The repositories of {@code db}; {@code actor} says who is doing it at each audited write. */
    public static Repositories of(Database db, Supplier<Actor> actor) {
        AuditRepository audit = new AuditRepository(db, actor);
        return new Repositories(db, audit,
                new SettingsRepository(db, audit),
                new SchoolRepository(db, audit),
                new StaffRepository(db, audit),
                new PolicyRepository(db, audit),
                new VersionRepository(db, audit),
                new ReviewRepository(db, audit),
                new AcknowledgementRepository(db, audit),
                new InductionRepository(db, audit),
                new AuditQueries(db),
                new ErasureRepository(db, audit));
    }
}
