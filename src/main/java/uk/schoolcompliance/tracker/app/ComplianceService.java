package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.Summary;

/** Loads the school's data in one read and computes every figure as of a date. */
public final class ComplianceService {

    private final TrackerServices services;

    ComplianceService(TrackerServices services) {
        this.services = services;
    }

    /** One consistent snapshot of everything the figures depend on (read in one transaction). */
    public SchoolData load() {
        return services.db().inTransaction(c -> new SchoolData(
                services.staff().findAll(),
                services.policies().findAll(),
                services.versions().findAll(),
                services.acknowledgements().findAll(),
                services.reviews().findAll(),
                services.induction().itemsByStaff(),
                services.settings().graceDays()));
    }

    public ComplianceCalculator calculator(LocalDate asOf) {
        return new ComplianceCalculator(load(), asOf);
    }

    public Summary summary(LocalDate asOf) {
        return calculator(asOf).summary();
    }
}
