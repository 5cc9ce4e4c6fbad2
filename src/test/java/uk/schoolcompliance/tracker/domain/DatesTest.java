package uk.schoolcompliance.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one date parser for what people type, and the window every date a user gives must fall in. */
class DatesTest {

    /** The demo school's anchor date: "today" for these tests. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Dates.Reading read(String text) {
        return Dates.readForPeople(text, TODAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "27/11/2026|2026-11-27",
            "01/02/2026|2026-02-01",
            "1/2/2026|2026-02-01",
            "1/2/26|2026-02-01",
            "27/11/26|2026-11-27",
            "  27/11/2026  |2026-11-27",
            "27 / 11 / 2026|2026-11-27",
            "27.11.2026|2026-11-27",
            "27-11-2026|2026-11-27",
            "27 Nov 2026|2026-11-27",
            "27 nov 2026|2026-11-27",
            "27 NOV 2026|2026-11-27",
            "27  November   2026|2026-11-27",
            "27 November 2026|2026-11-27",
            "27th November 2026|2026-11-27",
            "1 Sept 2026|2026-09-01",
            "1 Sep 2026|2026-09-01",
            "27-Nov-2026|2026-11-27",
            "27 Nov. 2026|2026-11-27",
            "27 Nov 26|2026-11-27",
            "2026-11-27|2026-11-27",
            "29/02/2028|2028-02-29",
            "29/02/2000|2000-02-29",
            "31/12/2026|2026-12-31",
            "01/01/1950|1950-01-01",
            "24/11/2036|2036-11-24",
    })
    void readsTheWaysAnOfficeWritesADate(String text, String expected) {
        Dates.Reading r = read(text);
        assertThat(r.problem()).isNull();
        assertThat(r.date()).isEqualTo(LocalDate.parse(expected));
        assertThat(r.ok()).isTrue();
        assertThat(r.blank()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t "})
    void blankIsNoDateAndNoProblem(String text) {
        Dates.Reading r = read(text);
        assertThat(r.blank()).isTrue();
        assertThat(r.ok()).isTrue();
        assertThat(r.date()).isNull();
        assertThat(r.problem()).isNull();
        assertThat(read(null).blank()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // impossible dates are refused, never rounded to the end of the month
            "31/11/2026|'31/11/2026' is not a date: November 2026 has 30 days",
            "29/02/2027|'29/02/2027' is not a date: February 2027 has 28 days",
            "29/02/2100|'29/02/2100' is not a date: February 2100 has 28 days",
            "30/02/2028|'30/02/2028' is not a date: February 2028 has 29 days",
            "32/01/2026|'32/01/2026' is not a date: January 2026 has 31 days",
            "00/01/2026|'00/01/2026' is not a date: there is no day 0",
            "01/00/2026|'01/00/2026' is not a date: there is no month 0",
            "01/13/2026|'01/13/2026' is not a date: there is no month 13",
            "31 Nov 2026|'31 Nov 2026' is not a date: November 2026 has 30 days",
            "27 Nob 2026|'27 Nob 2026' is not a date: 'Nob' is not a month",
            "2026-11-31|'2026-11-31' is not a date: November 2026 has 30 days",
            "abc|'abc' is not a date (use dd/mm/yyyy, e.g. 27/11/2026)",
            "27/11|'27/11' is not a date (use dd/mm/yyyy, e.g. 27/11/2026)",
            "27/11/202|'27/11/202' is not a date (use dd/mm/yyyy, e.g. 27/11/2026)",
            "27/11-2026|'27/11-2026' is not a date (use dd/mm/yyyy, e.g. 27/11/2026)",
            "11/27/2026|'11/27/2026' is not a date: there is no month 27",
            "27/11/2026 10:00|'27/11/2026 10:00' is not a date (use dd/mm/yyyy, e.g. 27/11/2026)",
    })
    void refusesWhatIsNotADateAndSaysWhy(String text, String problem) {
        Dates.Reading r = read(text);
        assertThat(r.date()).isNull();
        assertThat(r.ok()).isFalse();
        assertThat(r.blank()).isFalse();
        assertThat(r.problem()).isEqualTo(problem);
    }

    @Test
    void aProblemSaysWhetherTheTextHadTheShapeOfAWholeDate() {
        // a whole date that does not exist, or is outside the window: the date is the problem
        assertThat(read("31/11/2026").shaped()).isTrue();
        assertThat(read("27 Nob 2026").shaped()).isTrue();
        assertThat(read("31/12/9999").shaped()).isTrue();
        assertThat(read("27/11/2026").shaped()).isTrue();
        // text still being typed, or not a date at all
        assertThat(read("27/1").shaped()).isFalse();
        assertThat(read("27/11/202").shaped()).isFalse();
        assertThat(read("abc").shaped()).isFalse();
        assertThat(read("").shaped()).isFalse();
    }

    @Test
    void twoDigitYearsFallInTheHundredYearsEndingTenYearsAhead() {
        // in 2026: 37..99 are 1937..1999, 00..36 are 2000..2036
        assertThat(read("1/9/36").date()).isEqualTo(LocalDate.of(2036, 9, 1));
        assertThat(read("1/9/00").date()).isEqualTo(LocalDate.of(2000, 9, 1));
        assertThat(read("1/9/99").date()).isEqualTo(LocalDate.of(1999, 9, 1));
        assertThat(read("1/9/50").date()).isEqualTo(LocalDate.of(1950, 9, 1));
        // 1937 is outside the window: refused, and the message shows how the year was read
        assertThat(read("1/9/37").problem())
                .isEqualTo("'1/9/37' (01/09/1937) is too long ago: dates from 01/01/1950 are accepted");
        // the window moves with today
        assertThat(Dates.readForPeople("1/9/37", LocalDate.of(2027, 11, 24)).date()).isEqualTo(LocalDate.of(2037, 9, 1));
    }

    @Test
    void datesOutsideTheWindowAreRefusedWithTheReason() {
        assertThat(read("25/11/2036").problem()).isEqualTo(
                "'25/11/2036' is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
        assertThat(read("31/12/9999").problem()).isEqualTo(
                "'31/12/9999' is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
        assertThat(read("31/12/1949").problem()).isEqualTo(
                "'31/12/1949' is too long ago: dates from 01/01/1950 are accepted");
        assertThat(read("01/01/0000").problem()).isEqualTo(
                "'01/01/0000' is too long ago: dates from 01/01/1950 are accepted");
        assertThat(Dates.outsideWindow(LocalDate.of(9999, 12, 31), TODAY)).contains(
                "31/12/9999 is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
        assertThat(Dates.outsideWindow(LocalDate.of(2026, 11, 24), TODAY)).isEmpty();
        assertThat(Dates.outsideWindow(Dates.EARLIEST, TODAY)).isEmpty();
        assertThat(Dates.outsideWindow(Dates.latestAccepted(TODAY), TODAY)).isEmpty();
        assertThat(Dates.latestAccepted(TODAY)).isEqualTo(LocalDate.of(2036, 11, 24));
        // 29 February plus ten years is the last day of February
        assertThat(Dates.latestAccepted(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2038, 2, 28));
    }

    @Test
    void isoOnTheCommandLineIsStrictAndInTheWindow() {
        assertThat(Dates.readIso("2026-11-27", TODAY).date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(Dates.readIso(" 2026-11-27 ", TODAY).date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(Dates.readIso("2028-02-29", TODAY).date()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Dates.readIso("2026-11-31", TODAY).problem())
                .isEqualTo("'2026-11-31' is not a date: November 2026 has 30 days");
        assertThat(Dates.readIso("2027-02-29", TODAY).problem())
                .isEqualTo("'2027-02-29' is not a date: February 2027 has 28 days");
        assertThat(Dates.readIso("2026-13-01", TODAY).problem())
                .isEqualTo("'2026-13-01' is not a date: there is no month 13");
        assertThat(Dates.readIso("27/11/2026", TODAY).problem())
                .isEqualTo("'27/11/2026' is not a date (use YYYY-MM-DD)");
        assertThat(Dates.readIso("2026-1-5", TODAY).problem()).isEqualTo("'2026-1-5' is not a date (use YYYY-MM-DD)");
        assertThat(Dates.readIso("+999999999-12-31", TODAY).problem())
                .isEqualTo("'+999999999-12-31' is not a date (use YYYY-MM-DD)");
        assertThat(Dates.readIso("-999999999-01-01", TODAY).problem())
                .isEqualTo("'-999999999-01-01' is not a date (use YYYY-MM-DD)");
        assertThat(Dates.readIso("9999-12-31", TODAY).problem())
                .isEqualTo("'9999-12-31' is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
        assertThat(Dates.readIso("0000-01-01", TODAY).problem())
                .isEqualTo("'0000-01-01' is too long ago: dates from 01/01/1950 are accepted");
        assertThat(Dates.readIso("", TODAY).blank()).isTrue();
    }

    @Test
    void aCommandLineOptionNamesItselfInOneLine() {
        assertThat(Dates.parseIsoField(null, "--as-of", TODAY)).isNull();
        assertThat(Dates.parseIsoField("2026-11-01", "--as-of", TODAY)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThatThrownBy(() -> Dates.parseIsoField("2026-11-31", "--as-of", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--as-of: '2026-11-31' is not a date: November 2026 has 30 days");
        assertThatThrownBy(() -> Dates.parseIsoField("", "--date", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--date: no date given (use YYYY-MM-DD)");
        assertThatThrownBy(() -> Dates.parseIsoField("  ", "--date", TODAY))
                .hasMessage("--date: no date given (use YYYY-MM-DD)");
    }

    @Test
    void peopleReadTheDateBackAsTheyTypeIt() {
        assertThat(Dates.forPeople(read("1/2/26").date())).isEqualTo("01/02/2026");
        assertThat(Dates.forPeople(null)).isEmpty();
    }
}
