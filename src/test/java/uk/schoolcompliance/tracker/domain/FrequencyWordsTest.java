package uk.schoolcompliance.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrequencyWordsTest {

    @Test
    void readsAsSchoolsWriteThem() {
        assertThat(FrequencyWords.describe(null)).isEqualTo("Live document");
        assertThat(FrequencyWords.describe(12)).isEqualTo("Annually");
        assertThat(FrequencyWords.describe(24)).isEqualTo("Every 2 years");
        assertThat(FrequencyWords.describe(48)).isEqualTo("Every 4 years");
        assertThat(FrequencyWords.describe(120)).isEqualTo("Every 10 years");
    }

    @Test
    void monthsThatAreNotWholeYearsStayInMonths() {
        assertThat(FrequencyWords.describe(4)).isEqualTo("Every 4 months");
        assertThat(FrequencyWords.describe(6)).isEqualTo("Every 6 months");
        assertThat(FrequencyWords.describe(18)).isEqualTo("Every 18 months");
    }
}
