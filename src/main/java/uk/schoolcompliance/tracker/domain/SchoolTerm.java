package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * The school term a date falls in, for the review schedule: Autumn (September to December), Spring
 * (January to March) and Summer (April to August, the summer holiday included so nothing falls
 * between terms). {@code academicYear} is the calendar year the school year starts in.
 */
public record SchoolTerm(Name name, int academicYear) implements Comparable<SchoolTerm> {

    public enum Name {
        AUTUMN("Autumn"), SPRING("Spring"), SUMMER("Summer");

        private final String label;

        Name(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static SchoolTerm of(LocalDate date) {
        int m = date.getMonthValue();
        if (m >= 9) {
            return new SchoolTerm(Name.AUTUMN, date.getYear());
        }
        if (m <= 3) {
            return new SchoolTerm(Name.SPRING, date.getYear() - 1);
        }
        return new SchoolTerm(Name.SUMMER, date.getYear() - 1);
    }

    public LocalDate start() {
        return switch (name) {
            case AUTUMN -> LocalDate.of(academicYear, 9, 1);
            case SPRING -> LocalDate.of(academicYear + 1, 1, 1);
            case SUMMER -> LocalDate.of(academicYear + 1, 4, 1);
        };
    }

    public LocalDate end() {
        return switch (name) {
            case AUTUMN -> LocalDate.of(academicYear, 12, 31);
            case SPRING -> LocalDate.of(academicYear + 1, 3, 31);
            case SUMMER -> LocalDate.of(academicYear + 1, 8, 31);
        };
    }

    /** "Autumn 2026", "Spring 2027": the calendar year the term is in, as schools say it. */
    public String label() {
        return name.label() + " " + start().getYear();
    }

    /** "2026/27". */
    public String academicYearLabel() {
        return academicYear + "/" + String.format("%02d", (academicYear + 1) % 100);
    }

    public SchoolTerm next() {
        return switch (name) {
            case AUTUMN -> new SchoolTerm(Name.SPRING, academicYear);
            case SPRING -> new SchoolTerm(Name.SUMMER, academicYear);
            case SUMMER -> new SchoolTerm(Name.AUTUMN, academicYear + 1);
        };
    }

    @Override
    public int compareTo(SchoolTerm o) {
        return start().compareTo(o.start());
    }
}
