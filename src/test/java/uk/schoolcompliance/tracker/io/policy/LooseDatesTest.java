package uk.schoolcompliance.tracker.io.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.schoolcompliance.tracker.io.policy.LooseDates.Use;

class LooseDatesTest {

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "01/09/2025|EVENT|2025-09-01",
            "1/9/25|DEADLINE|2025-09-01",
            "01.09.2025|EVENT|2025-09-01",
            "2025-09-01|EVENT|2025-09-01",
            "1st September 2025|EVENT|2025-09-01",
            "22nd Feb 2026|EVENT|2026-02-22",
            "3rd of March 2024|EVENT|2024-03-03",
            "September 1, 2025|EVENT|2025-09-01",
            "December 2023|EVENT|2023-12-01",
            "December 2023|DEADLINE|2023-12-31",
            "Sept 2027|EVENT|2027-09-01",
            "Sept 2027|DEADLINE|2027-09-30",
            "February 2028|DEADLINE|2028-02-29",
            "Autumn 2026|EVENT|2026-12-31",
            "Autumn 2026|DEADLINE|2026-12-31",
            "Autumn 1 2026|DEADLINE|2026-10-31",
            "Autumn 2 2026|DEADLINE|2026-12-31",
            "Autumn term 2026|DEADLINE|2026-12-31",
            "Spring 1 2027|DEADLINE|2027-02-28",
            "Spring 2027|DEADLINE|2027-03-31",
            "Spring 2 2027|DEADLINE|2027-03-31",
            "Summer 1 2027|DEADLINE|2027-05-31",
            "Summer 2027|DEADLINE|2027-07-31",
            "Summer term 2026/27|DEADLINE|2027-07-31",
            "Autumn 2026/27|DEADLINE|2026-12-31",
            "by the end of July 2026|DEADLINE|2026-07-31",
            "FGB 12/03/2025 minute 7|EVENT|2025-03-12",
    })
    void readsTheFormsRealDocumentsUse(String text, Use use, LocalDate expected) {
        assertThat(LooseDates.parse(text, use)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31/02/2025", "TBC", "1.1 The purpose", "the governing body may wish", "Version 2.0", "''"})
    void findsNothingWhereThereIsNoDate(String text) {
        assertThat(LooseDates.parse(text, Use.EVENT)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theEarliestDateInATextWins() {
        var found = LooseDates.find("Approved December 2023, reviewed 01/09/2026", Use.EVENT).orElseThrow();
        assertThat(found.date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(found.written()).isEqualTo("December 2023");
    }
}
