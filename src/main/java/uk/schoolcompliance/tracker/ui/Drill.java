package uk.schoolcompliance.tracker.ui;

import uk.schoolcompliance.tracker.domain.StaffCategory;

/**
 * "From a figure to the names": the list behind a dashboard figure, passed to
 * {@link UiContext#navigate(Destination)} so the target page sets its filters to show exactly that
 * list. {@code policyId} narrows a list to one policy (or selects it); {@code staffId} opens one person;
 * {@code category} narrows to one staff category. A page clears the filters a drill does not set, so
 * the list matches the figure.
 */
public record Drill(Kind kind, Long policyId, Long staffId, StaffCategory category) implements Destination {

    /** Where a drill goes, and what list it opens there. */
    public enum Kind {
        /** The outstanding acknowledgements (optionally of one policy or one category). */
        ACKS_OUTSTANDING(Section.ACKNOWLEDGEMENTS),
        /** The overdue acknowledgements (optionally of one policy). */
        ACKS_OVERDUE(Section.ACKNOWLEDGEMENTS),
        /** The overdue reviews (optionally selecting one policy). */
        REVIEWS_OVERDUE(Section.REVIEWS),
        /** The reviews due within 60 days. */
        REVIEWS_DUE_SOON(Section.REVIEWS),
        /** The inductions not yet complete (optionally opening one person's checklist). */
        INDUCTIONS_IN_PROGRESS(Section.INDUCTION),
        /** The staff in post. */
        STAFF_IN_POST(Section.STAFF),
        /** The staff in post without an e-mail address. */
        STAFF_NO_EMAIL(Section.STAFF);

        private final Section section;

        Kind(Section section) {
            this.section = section;
        }

        public Section section() {
            return section;
        }
    }

    public Drill {
        java.util.Objects.requireNonNull(kind, "kind");
    }

    public static Drill of(Kind kind) {
        return new Drill(kind, null, null, null);
    }

    public static Drill policy(Kind kind, long policyId) {
        return new Drill(kind, policyId, null, null);
    }

    public static Drill staff(Kind kind, long staffId) {
        return new Drill(kind, null, staffId, null);
    }

    public static Drill category(Kind kind, StaffCategory category) {
        return new Drill(kind, null, null, category);
    }

    @Override
    public Section section() {
        return kind.section();
    }
}
