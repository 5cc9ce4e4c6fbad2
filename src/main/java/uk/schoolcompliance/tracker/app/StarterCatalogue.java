package uk.schoolcompliance.tracker.app;

import java.util.List;
import java.util.Set;

import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/**
 * The starter catalogue the first-run wizard offers: common policies of schools in England, with the
 * ones that are statutory for a phase pre-selected.
 *
 * <p>The wizard only depends on this interface; {@link ResourcePolicyCatalogue} is the built-in one.
 * Point {@code SchoolSetupService.defaultPolicyCatalogue()} at the full starter catalogue when it lands.
 */
public interface StarterCatalogue {

    /** One starter policy. {@code statutoryFor} holds the phases for which the law requires it. */
    record Entry(String reference, String title, String area, Set<SchoolPhase> statutoryFor,
                 Set<StaffCategory> audience, String approvingBody, Integer reviewMonths, Integer reackMonths) {
        public Entry {
            statutoryFor = Set.copyOf(statutoryFor);
            audience = Set.copyOf(audience);
        }

        public boolean statutoryFor(SchoolPhase phase) {
            return statutoryFor.contains(phase);
        }

        /** The policy this entry becomes in a school (active, no version yet). */
        public Policy toPolicy(long schoolId, SchoolPhase phase) {
            return new Policy(0, schoolId, title, reference, area, statutoryFor(phase), null, approvingBody,
                    reviewMonths, reackMonths, null, null, PolicyStatus.ACTIVE, audience);
        }
    }

    List<Entry> entries();

    /** The entries pre-selected for a phase: those statutory for it. */
    default List<Entry> preselected(SchoolPhase phase) {
        return entries().stream().filter(e -> e.statutoryFor(phase)).toList();
    }
}
