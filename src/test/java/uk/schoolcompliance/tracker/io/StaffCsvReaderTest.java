package uk.schoolcompliance.tracker.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.io.StaffCsvReader.Field;
import uk.schoolcompliance.tracker.io.StaffCsvReader.Result;
import uk.schoolcompliance.tracker.io.StaffCsvReader.StaffRow;

class StaffCsvReaderTest {

    static byte[] resource(String name) {
        return uk.schoolcompliance.tracker.StaffFiles.bytes(name);
    }

    @Test
    void readsASimsExportWithBomAliasesQuotedCommasAndLineBreaks() {
        Result r = StaffCsvReader.read("sims-export.csv", resource("sims-export.csv"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.delimiter()).isEqualTo(',');
        assertThat(r.columns()).containsEntry(Field.GIVEN_NAME, "Forename").containsEntry(Field.FAMILY_NAME, "Legal surname")
                .containsEntry(Field.STAFF_REF, "Staff code").containsEntry(Field.JOB_TITLE, "Post")
                .containsEntry(Field.START_DATE, "Employment start").containsEntry(Field.LEAVE_DATE, "Date of leaving");
        assertThat(r.ignoredColumns()).containsExactly("Title", "Gender", "Contract type");
        assertThat(r.rows()).hasSize(9);
        StaffRow first = r.rows().get(0);
        assertThat(first.staffRef()).isEqualTo("P20001");
        assertThat(first.givenName()).isEqualTo("Helen");
        assertThat(first.jobTitle()).isEqualTo("Class teacher, Year 3");
        assertThat(first.category()).isEqualTo(StaffCategory.TEACHER);
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(first.line()).isEqualTo(2);
        assertThat(r.rows().get(1).startDate()).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(r.rows().get(2).startDate()).isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(r.rows().get(2).category()).isEqualTo(StaffCategory.TEACHING_ASSISTANT);
        assertThat(r.rows().get(3).startDate()).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(r.rows().get(3).category()).isEqualTo(StaffCategory.SUPPORT);
        StaffRow multiLine = r.rows().get(4);
        assertThat(multiLine.jobTitle()).isEqualTo("Teaching assistant (Reception)");
        assertThat(multiLine.line()).isEqualTo(6);
        // the record after a two-line record starts on line 8
        assertThat(r.rows().get(5).line()).isEqualTo(8);
        assertThat(r.rows().get(5).leaveDate()).isEqualTo(LocalDate.of(2026, 12, 19));
        assertThat(r.rows().get(6).staffRef()).isNull();
        assertThat(r.rows().get(6).category()).isEqualTo(StaffCategory.GOVERNOR);
        assertThat(r.rows().get(7).email()).isNull();
        assertThat(r.rows().get(7).startDate()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(r.rows().get(8).category()).isEqualTo(StaffCategory.SLT);
    }

    @Test
    void readsAWindows1252SemicolonExport() {
        Result r = StaffCsvReader.read("arbor.csv", resource("arbor-export-1252.csv"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(r.delimiter()).isEqualTo(';');
        assertThat(r.ignoredColumns()).containsExactly("Department");
        assertThat(r.rows()).extracting(StaffRow::givenName).containsExactly("Zoë", "Siân", "François");
        assertThat(r.rows().get(0).familyName()).isEqualTo("Brontë-Smith");
        assertThat(r.rows().get(1).jobTitle()).isEqualTo("Receptionist; finance assistant");
        assertThat(r.rows().get(1).category()).isEqualTo(StaffCategory.SUPPORT);
        assertThat(r.rows().get(2).category()).isEqualTo(StaffCategory.CONTRACTOR);
    }

    @Test
    void aBadRowIsNamedByLineAndField() {
        Result r = StaffCsvReader.read("bad.csv", resource("one-bad-row.csv"));
        assertThat(r.problems()).extracting(Object::toString)
                .containsExactly("line 5: Start date: '31/02/2025' is not a date (use dd/mm/yyyy)");
        assertThat(r.rows()).hasSize(4);
    }

    @Test
    void unknownCategoriesMissingColumnsAndDuplicatesAreProblems() {
        String csv = "First name,Surname,Email,Staff type,Start date\n"
                + "A,B,a@x.org,Dinner lady,01/09/2024\n"
                + "C,D,bad-email,Teacher,01/09/2024\n"
                + "E,F,a@X.org,Teacher,01/09/2024\n"
                + ",G,,Teacher,\n";
        Result r = StaffCsvReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).extracting(Object::toString).containsExactly(
                "line 2: Category: 'Dinner lady' is not a staff category (use Teacher, Teaching assistant, Support, SLT, Governor, Volunteer, Supply or Contractor)",
                "line 3: Email: 'bad-email' is not an email address",
                "line 4: Email: 'a@X.org' is also on line 2",
                "line 5: Given name: is empty",
                "line 5: Start date: is empty");
        Result noSurname = StaffCsvReader.read("y.csv", "First name,Category,Start date\nA,Teacher,01/09/2024\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(noSurname.problems()).hasSize(1);
        assertThat(noSurname.problems().get(0).toString()).startsWith("line 1: Family name: no column found");
    }

    @Test
    void datesInTheFormsOfficesWrite() {
        assertThat(StaffCsvReader.parseDate("01/09/2025")).contains(LocalDate.of(2025, 9, 1));
        assertThat(StaffCsvReader.parseDate("1/9/2025")).contains(LocalDate.of(2025, 9, 1));
        assertThat(StaffCsvReader.parseDate("2025-09-01")).contains(LocalDate.of(2025, 9, 1));
        assertThat(StaffCsvReader.parseDate("1 Sep 2025")).contains(LocalDate.of(2025, 9, 1));
        assertThat(StaffCsvReader.parseDate("1 sept 2025")).contains(LocalDate.of(2025, 9, 1));
        assertThat(StaffCsvReader.parseDate("1 September 2025")).contains(LocalDate.of(2025, 9, 1));
        assertThat(StaffCsvReader.parseDate("01/09/2025 00:00")).contains(LocalDate.of(2025, 9, 1));
        assertThat(StaffCsvReader.parseDate("31/02/2025")).isEmpty();
        assertThat(StaffCsvReader.parseDate("09/31/2025")).isEmpty();
        assertThat(StaffCsvReader.parseDate("soon")).isEmpty();
    }

    @Test
    void headersMatchIgnoringCaseSpacesAndPunctuation() {
        String csv = "  FIRST-NAME , sur name,E-mail,STAFF_ID,staff   category,Start Date\nA,B,a@x.org,1,ta,2024-09-01\n";
        Result r = StaffCsvReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows().get(0).staffRef()).isEqualTo("1");
        assertThat(r.rows().get(0).email()).isEqualTo("a@x.org");
    }

    @Test
    void readsTheDateOfBirthWhenTheExportHasIt() {
        String csv = "First name,Surname,DOB,Staff type,Start date\n"
                + "Mark,Ahmed,03/07/1988,Volunteer,21/04/2025\n"
                + "Ann,Lee,,Teacher,01/09/2020\n"
                + "Bo,Ng,31/02/1990,Teacher,01/09/2020\n"
                + "Cy,Ode,02/09/2020,Teacher,01/09/2020\n";
        Result r = StaffCsvReader.read("dob.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.columns()).containsEntry(Field.DATE_OF_BIRTH, "DOB");
        assertThat(r.ignoredColumns()).isEmpty();
        assertThat(r.problems()).extracting(Object::toString).containsExactly(
                "line 4: Date of birth: '31/02/1990' is not a date (use dd/mm/yyyy)",
                "line 5: Date of birth: '02/09/2020' is after the start date");
        assertThat(r.rows()).extracting(StaffRow::dateOfBirth).containsExactly(LocalDate.of(1988, 7, 3), null);
        for (String header : new String[] {"Date of birth", "Birth date", "D.O.B.", "Birthdate"}) {
            Result other = StaffCsvReader.read("x.csv", ("First name,Surname," + header + ",Staff type,Start date\n"
                    + "Mark,Ahmed,1988-07-03,Volunteer,21/04/2025\n").getBytes(StandardCharsets.UTF_8));
            assertThat(other.rows()).as(header).singleElement()
                    .satisfies(row -> assertThat(row.dateOfBirth()).isEqualTo(LocalDate.of(1988, 7, 3)));
        }
        // a file without the column reads as before
        assertThat(StaffCsvReader.read("sims-export.csv", resource("sims-export.csv")).rows())
                .allSatisfy(row -> assertThat(row.dateOfBirth()).isNull());
    }
}
