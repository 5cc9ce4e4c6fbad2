package uk.schoolcompliance.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InductionCutoffTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void theUsualRuleIsTheNewStarterWindow() {
        InductionCutoff usual = InductionCutoff.usual(TODAY);
        assertThat(usual.inductedBefore()).isEqualTo(LocalDate.of(2026, 9, 25)).isEqualTo(InductionCutoff.defaultDate(TODAY));
        assertThat(usual.needsPlan(LocalDate.of(2026, 9, 25))).as("started on the cut-off: a new starter").isTrue();
        assertThat(usual.needsPlan(LocalDate.of(2026, 9, 24))).as("the day before: inducted").isFalse();
        assertThat(usual.needsPlan(LocalDate.of(2027, 1, 4))).as("a future starter").isTrue();
        for (LocalDate start = LocalDate.of(2026, 9, 1); start.isBefore(LocalDate.of(2026, 12, 31)); start = start.plusDays(1)) {
            assertThat(usual.needsPlan(start)).isEqualTo(InductionRules.needsPlan(start, TODAY));
        }
    }

    @Test
    void aCutOffOfTodayTakesEveryoneInPostAsInductedAndNobodyTakesNobody() {
        InductionCutoff today = new InductionCutoff(TODAY);
        assertThat(today.needsPlan(TODAY.minusDays(1))).isFalse();
        assertThat(today.needsPlan(TODAY)).isTrue();
        assertThat(today.needsPlan(TODAY.plusDays(7))).isTrue();
        assertThat(InductionCutoff.NOBODY.needsPlan(LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(InductionCutoff.NOBODY.inductedBefore()).isNull();
    }
}
