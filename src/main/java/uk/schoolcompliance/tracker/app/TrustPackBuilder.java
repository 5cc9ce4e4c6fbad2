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

    /**
     * The trust board's pack as of a date for a term (null: the term containing the date). At a 50,000-person trust
     * (issue 17) nothing of it holds a grid of every person x policy: the whole trust's headlines come from its
     * figures alone ({@link PackFigures#headlines}), and each school's pack is computed when a writer asks for it
     * ({@link SchoolPacks}), one school's people at a time.
     */
    TrustPack build(LocalDate asOf, Term term, boolean names) {
        ComplianceCalculator all = compliance.calculator(asOf); // asked of the database: no acknowledgement held
        Term chosen = term == null ? Term.containing(asOf) : term;
        String by = actor.get().displayName();
        LocalDate on = LocalDate.now(clock);
        List<TrustPack.SchoolRow> rows = new ArrayList<>();
        List<School> schools = new ArrayList<>();
        List<String> schoolNames = new ArrayList<>();
        for (SchoolService.SchoolFigures f : schoolService.figures(asOf)) {
            rows.add(TrustPack.SchoolRow.of(f.name(), f.urn(), f.school().isTrust(), f.summary()));
            schools.add(f.school());
            schoolNames.add(f.name());
        }
        boolean withheld = compliance.governorOnly();
        SchoolPacks packs = new SchoolPacks(schools.size(), i -> PackFigures.compute(
                compliance.calculator(asOf, java.util.Optional.of(schools.get(i))), schoolNames.get(i), chosen, names,
                by, on, withheld));
        List<GovernorsPack.ReviewRow> boardReviews = List.of();
        for (int i = 0; i < schools.size(); i++) {
            if (schools.get(i).isTrust()) {
                boardReviews = packs.get(i).reviewSchedule(); // the central team's reviews are the trust-wide policies'
            }
        }
        return new TrustPack(trustName(all.data()), chosen, asOf, by, on, names, all.summary(),
                PackFigures.headlines(all, chosen, withheld ? false : names), List.copyOf(rows), boardReviews, packs);
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
