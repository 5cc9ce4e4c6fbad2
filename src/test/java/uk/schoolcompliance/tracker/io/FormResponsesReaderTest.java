package uk.schoolcompliance.tracker.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

public class FormResponsesReaderTest {

    public static Path form(String name) {
        try {
            return Path.of(FormResponsesReaderTest.class.getResource("/forms/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsAMicrosoftFormsExportWithBomAndAMultiLineAnswer() {
        FormResponsesReader.Responses r = FormResponsesReader.read(form("microsoft-forms-anti-bullying.csv"));
        assertThat(r.dateColumn()).isEqualTo("Completion time");
        assertThat(r.emailColumn()).isEqualTo("Email");
        assertThat(r.byEmail()).isTrue();
        assertThat(r.rows()).hasSize(8);
        assertThat(r.rows().get(0).email()).isEqualTo("A.Brown@Oakfield.sch.uk");
        assertThat(r.rows().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(r.rows().get(0).line()).isEqualTo(2);
        // row 3 has an answer spanning two lines, so row 4 starts on line 6
        assertThat(r.rows().get(3).line()).isEqualTo(6);
        assertThat(r.rows().get(3).email()).isEqualTo("k.nobody@oakfield.sch.uk");
    }

    @Test
    void readsAGoogleFormsExport() {
        FormResponsesReader.Responses r = FormResponsesReader.read(form("google-forms-attendance.csv"));
        assertThat(r.dateColumn()).isEqualTo("Timestamp");
        assertThat(r.emailColumn()).isEqualTo("Email address");
        assertThat(r.rows()).extracting(FormResponsesReader.Response::date)
                .containsExactly(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19));
    }

    @Test
    void readsNamesOnlyWithSemicolons() {
        FormResponsesReader.Responses r = FormResponsesReader.read(form("names-only-attendance.csv"));
        assertThat(r.byEmail()).isFalse();
        assertThat(r.nameColumn()).isEqualTo("Your name");
        assertThat(r.rows()).extracting(FormResponsesReader.Response::name)
                .containsExactly("Nicola Turner", "chloe walker", "Whitfield, Sarah", "Sam Nobody");
    }

    @Test
    void readsAUsExcelExportMonthFirst() {
        FormResponsesReader.Responses r = FormResponsesReader.read(form("us-excel-export.csv"));
        assertThat(r.rows()).extracting(FormResponsesReader.Response::date)
                .containsExactly(LocalDate.of(2025, 9, 4), LocalDate.of(2025, 9, 24));
    }

    @Test
    void aBadDateNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> FormResponsesReader.read(form("malformed-bad-date.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed-bad-date.csv line 3: Completion time: '31/11/2026 09:05:40' is not a date");
    }

    @Test
    void aFileWithoutADateColumnIsRefused() {
        assertThatThrownBy(() -> FormResponsesReader.read(form("no-date-column.csv")))
                .hasMessageStartingWith("no-date-column.csv: no date column");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefused() {
        assertThatThrownBy(() -> FormResponsesReader.read("x.csv", "")).hasMessage("x.csv: the file is empty");
        assertThatThrownBy(() -> FormResponsesReader.read("x.csv", "Timestamp,Email\n"))
                .hasMessage("x.csv: the file has a header but no responses");
        assertThatThrownBy(() -> FormResponsesReader.read("x.csv", "Timestamp,Answer\n01/01/2026,yes\n"))
                .hasMessageContaining("no Email column");
    }

    @Test
    void parsesTheDateFormsSchoolsSee() {
        assertThat(FormResponsesReader.parseDate("2025-09-04T10:15:32", false)).contains(LocalDate.of(2025, 9, 4));
        assertThat(FormResponsesReader.parseDate("2025/09/04 10:15:32 AM GMT+1", false)).contains(LocalDate.of(2025, 9, 4));
        assertThat(FormResponsesReader.parseDate("4/9/2025", false)).contains(LocalDate.of(2025, 9, 4));
        assertThat(FormResponsesReader.parseDate("04/09/25 10:15", false)).contains(LocalDate.of(2025, 9, 4));
        assertThat(FormResponsesReader.parseDate("04.09.2025", false)).contains(LocalDate.of(2025, 9, 4));
        assertThat(FormResponsesReader.parseDate("9/24/2025", true)).contains(LocalDate.of(2025, 9, 24));
        assertThat(FormResponsesReader.parseDate("9/24/2025", false)).isEmpty();
        assertThat(FormResponsesReader.parseDate("yesterday", false)).isEmpty();
        assertThat(FormResponsesReader.parseDate("29/02/2025", false)).isEmpty();
    }
}
