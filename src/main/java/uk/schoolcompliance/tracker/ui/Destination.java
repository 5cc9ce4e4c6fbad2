package uk.schoolcompliance.tracker.ui;

/**
 * Where a navigation goes: a page, and what that page should show. The page is part of the destination, so a
 * page is only ever handed a destination of its own section: the staff page gets {@link Person} or a staff
 * {@link Drill}, never a policy's id (see {@link Page#show(Destination)} and ADR 0007).
 */
public sealed interface Destination permits Destination.Home, Destination.Person, Destination.InductionOf,
        Destination.PolicyRecord, Destination.ReviewOf, Destination.SignOffsOf, Drill {

    /** The page this destination opens. */
    Section section();

    /** A page as it is (no record chosen). */
    record Home(Section section) implements Destination {
        public Home {
            java.util.Objects.requireNonNull(section, "section");
        }
    }

    /** One person on the staff page. */
    record Person(long staffId) implements Destination {
        @Override
        public Section section() {
            return Section.STAFF;
        }
    }

    /** One person's induction checklist. */
    record InductionOf(long staffId) implements Destination {
        @Override
        public Section section() {
            return Section.INDUCTION;
        }
    }

    /** One policy on the policies page. */
    record PolicyRecord(long policyId) implements Destination {
        @Override
        public Section section() {
            return Section.POLICIES;
        }
    }

    /** One policy's review on the reviews page. */
    record ReviewOf(long policyId) implements Destination {
        @Override
        public Section section() {
            return Section.REVIEWS;
        }
    }

    /** One policy's sign-offs on the acknowledgements page. */
    record SignOffsOf(long policyId) implements Destination {
        @Override
        public Section section() {
            return Section.ACKNOWLEDGEMENTS;
        }
    }

    static Destination home(Section section) {
        return new Home(section);
    }
}
