package uk.schoolcompliance.tracker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.report.TrustPack;
import uk.schoolcompliance.tracker.store.SettingsRepository;

/**
 * Assembles the trust board's pack from one snapshot of the file: the whole trust's figures, a row per school
 * (then the central team), the trust-wide policies' reviews, and each school's own pack ({@link PackFigures}).
 */
final class TrustPackBuilder {

    private final SettingsRepository settings;
    private final ComplianceService compliance;
    private final SchoolService schoolService;
    private final Supplier<Actor> actor;
    private final Clock clock;

    TrustPackBuilder(SettingsRepository settings, ComplianceService compliance, SchoolService schoolService,
            Supplier<Actor> actor, Clock clock) {
        this.settings = settings;
        this.compliance = compliance;
        this.schoolService = schoolService;
        this.actor = actor;
        this.clock = clock;
    }

    /** The trust board's pack as of a date for a term (null: the term containing the date). */
    TrustPack build(LocalDate asOf, Term term, boolean names) {
        ComplianceCalculator all = compliance.calculator(asOf); // asked of the database: no acknowledgement held
        Term chosen = term == null ? Term.containing(asOf) : term;
        String by = actor.get().displayName();
        LocalDate on = LocalDate.now(clock);
        GovernorsPack whole = PackFigures.compute(all, trustName(all.data()), chosen, names, by, on,
                compliance.governorOnly());
        List<TrustPack.SchoolRow> rows = new ArrayList<>();
        List<GovernorsPack> packs = new ArrayList<>();
        List<GovernorsPack.ReviewRow> boardReviews = List.of();
        for (SchoolService.SchoolFigures f : schoolService.figures(asOf)) {
            rows.add(TrustPack.SchoolRow.of(f.name(), f.urn(), f.school().isTrust(), f.summary()));
            GovernorsPack part = PackFigures.compute(
                    compliance.calculator(asOf, java.util.Optional.of(f.school())), f.name(), chosen, names, by, on,
                    compliance.governorOnly());
            packs.add(part);
            if (f.school().isTrust()) {
                boardReviews = part.reviewSchedule(); // the central team's reviews are the trust-wide policies'
            }
        }
        return new TrustPack(whole.schoolName(), chosen, asOf, by, on, names, whole.summary(), whole.headlines(),
                List.copyOf(rows), boardReviews, List.copyOf(packs));
    }

    /** Whether the file is a trust's (its own row, or more than one school), from the schools only. */
    boolean isTrust() {
        return schoolService.isTrust();
    }

    /** The trust's own row's name, else (several schools without one) the file's name. */
    private String trustName(SchoolData data) {
        return data.schools().stream().filter(School::isTrust).map(School::name).findFirst()
                .orElseGet(settings::schoolName);
    }
}
