package uk.schoolcompliance.tracker.ui.trust;

import java.util.Optional;
import java.util.Set;

import uk.schoolcompliance.tracker.domain.School;

/** Which people a page lists for the school chosen in the top bar (the same people as {@code SchoolData.forSchool}). */
public final class SchoolFilter {

    private SchoolFilter() {
    }

    /** The school ids whose people are shown; null: everyone (all schools). The central team is the trust row's people. */
    public static Set<Long> staffSchools(Optional<School> chosen) {
        return chosen.map(s -> Set.of(s.id())).orElse(null);
    }
}
