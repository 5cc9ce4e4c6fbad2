package uk.schoolcompliance.tracker.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TermTest {

    @Test
    void termsCoverTheYearWithoutGaps() {
        assertThat(Term.containing(LocalDate.of(2026, 1, 1))).isEqualTo(Term.parse("Spring 2026"));
        assertThat(Term.containing(LocalDate.of(2026, 3, 31))).isEqualTo(Term.parse("Spring 2026"));
        assertThat(Term.containing(LocalDate.of(2026, 4, 1))).isEqualTo(Term.parse("Summer 2026"));
        assertThat(Term.containing(LocalDate.of(2026, 8, 31))).isEqualTo(Term.parse("Summer 2026"));
        assertThat(Term.containing(LocalDate.of(2026, 9, 1))).isEqualTo(Term.parse("Autumn 2026"));
        assertThat(Term.containing(LocalDate.of(2026, 12, 31))).isEqualTo(Term.parse("Autumn 2026"));
        LocalDate d = LocalDate.of(2025, 1, 1);
        while (d.getYear() < 2028) {
            Term t = Term.containing(d);
            assertThat(t.contains(d)).as(d.toString()).isTrue();
            assertThat(t.next().start()).isEqualTo(t.end().plusDays(1));
            assertThat(t.next().previous()).isEqualTo(t);
            d = d.plusDays(1);
        }
    }

    @Test
    void boundsAndLabels() {
        Term autumn = Term.parse("  autumn 2026 ");
        assertThat(autumn.start()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(autumn.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(autumn.label()).isEqualTo("Autumn 2026");
        assertThat(autumn.next()).isEqualTo(Term.parse("Spring 2027"));
        assertThat(Term.parse("Summer 2028").end()).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(autumn.contains(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(autumn.contains(null)).isFalse();
        assertThat(autumn.andFollowing(3)).extracting(Term::label)
                .containsExactly("Autumn 2026", "Spring 2027", "Summer 2027");
    }

    @Test
    void badTextNamesTheOptionAndTheText() {
        assertThatThrownBy(() -> Term.parse("Winter 2026")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--term").hasMessageContaining("'Winter 2026'");
        assertThatThrownBy(() -> Term.parse("Autumn")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Term.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
