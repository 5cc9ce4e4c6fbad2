package uk.schoolcompliance.tracker.io.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewFrequencyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Annually|12", "annual|12", "Yearly|12", "Every year|12", "12|12", "12 months|12", "1 year|12",
            "Every 2 years|24", "2 yearly|24", "2-yearly|24", "Biennial|24", "Biennially|24", "24 months|24", "24|24",
            "3 yearly|36", "Every 3 years|36", "Triennial|36", "36 months|36", "4 years|48", "Termly|4",
    })
    void readsHowSchoolsWriteIt(String text, int months) {
        assertThat(ReviewFrequency.parse(text)).isEqualTo(months);
    }

    @Test
    void liveDocumentsHaveNoCycle() {
        assertThat(ReviewFrequency.parse("Live document")).isNull();
        assertThat(ReviewFrequency.parse("N/A")).isNull();
        assertThat(ReviewFrequency.parse("none")).isNull();
    }

    @Test
    void nonsenseIsRefusedWithTheValueNamed() {
        assertThatThrownBy(() -> ReviewFrequency.parse("when needed maybe")).hasMessageContaining("'when needed maybe'");
        assertThatThrownBy(() -> ReviewFrequency.parse("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewFrequency.parse("bi-annually")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesFrequenciesForPeople() {
        assertThat(ReviewFrequency.describe(12)).isEqualTo("Annually");
        assertThat(ReviewFrequency.describe(24)).isEqualTo("Every 2 years");
        assertThat(ReviewFrequency.describe(6)).isEqualTo("Every 6 months");
        assertThat(ReviewFrequency.describe(null)).isEqualTo("Live document");
    }
}
