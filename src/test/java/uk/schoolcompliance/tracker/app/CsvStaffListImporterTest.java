package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

class CsvStaffListImporterTest {

    @TempDir
    Path dir;

    private final CsvStaffListImporter importer = new CsvStaffListImporter();

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsAnMisExportWithLooseColumnNames() throws IOException {
        Path f = file("staff.csv", "\uFEFFForename,Surname,Staff ID,Work email,Staff type,Job title,Start date,Leave date\n"
                + "Amira,Khan,P001,a.khan@school.org,Teacher,Year 3 teacher,01/09/2019,\n"
                + "\"O'Neil, Jr\",Bell,P002,,HLTA,Higher level TA,3/1/2022,31/08/2026\n"
                + "\n"
                + "Sam,Idowu,,s.idowu@school.org,Admin,Office manager,2024-04-15,\n");
        StaffListImporter.Preview p = importer.preview(f);
        assertThat(p.source()).isEqualTo("staff.csv");
        assertThat(p.staff()).hasSize(3);
        StaffMember first = p.staff().get(0);
        assertThat(first.givenName()).isEqualTo("Amira");
        assertThat(first.staffRef()).isEqualTo("P001");
        assertThat(first.category()).isEqualTo(StaffCategory.TEACHER);
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(first.leaveDate()).isNull();
        StaffMember second = p.staff().get(1);
        assertThat(second.givenName()).isEqualTo("O'Neil, Jr");
        assertThat(second.email()).isNull();
        assertThat(second.category()).isEqualTo(StaffCategory.TEACHING_ASSISTANT);
        assertThat(second.startDate()).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(second.leaveDate()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(p.staff().get(2).category()).isEqualTo(StaffCategory.SUPPORT);
        assertThat(p.staff().get(2).startDate()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void readsSemicolonsAndWindows1252() throws IOException {
        Path f = dir.resolve("excel.csv");
        Files.write(f, "First name;Surname;Category;Start date\nRen\u00e9e;Dupr\u00e9;SLT;01/09/2020\n"
                .getBytes(Charset.forName("windows-1252")));
        StaffMember s = importer.preview(f).staff().get(0);
        assertThat(s.fullName()).isEqualTo("Ren\u00e9e Dupr\u00e9");
        assertThat(s.category()).isEqualTo(StaffCategory.SLT);
    }

    @Test
    void errorsNameTheFileLineAndField() throws IOException {
        String header = "First name,Surname,Staff type,Start date,Work email,Leave date\n";
        assertThatThrownBy(() -> importer.preview(file("a.csv", header + "Ann,Lee,Teacher,01/09/2020,,\nBo,Ng,Teacher,31/02/2021,,\n")))
                .isInstanceOf(UserException.class)
                .hasMessage("a.csv line 3: Start date: '31/02/2021' is not a date (dd/mm/yyyy)");
        assertThatThrownBy(() -> importer.preview(file("b.csv", header + "Ann,Lee,Dinner lady,01/09/2020,,\n")))
                .hasMessageStartingWith("b.csv line 2: Staff type: 'Dinner lady' is not a staff category");
        assertThatThrownBy(() -> importer.preview(file("c.csv", header + "Ann,,Teacher,01/09/2020,,\n")))
                .hasMessage("c.csv line 2: Surname: is empty");
        assertThatThrownBy(() -> importer.preview(file("d.csv", header
                + "Ann,Lee,Teacher,01/09/2020,a@x.org,\nBo,Ng,Teacher,01/09/2020,A@X.org,\n")))
                .hasMessage("d.csv line 3: Work email: 'A@X.org' is already on line 2");
        assertThatThrownBy(() -> importer.preview(file("e.csv", header + "Ann,Lee,Teacher,01/09/2020,not-an-email,\n")))
                .hasMessage("e.csv line 2: Work email: 'not-an-email' is not an email address");
        assertThatThrownBy(() -> importer.preview(file("f.csv", header + "Ann,Lee,Teacher,01/09/2020,,01/09/2019\n")))
                .hasMessage("f.csv line 2: Leave date: '01/09/2019' is before the start date");
        assertThatThrownBy(() -> importer.preview(file("g.csv", "Name,Email\nAnn Lee,a@x.org\n")))
                .hasMessageStartingWith("g.csv line 1: no column 'first name', 'surname', 'staff type', 'start date'");
        assertThatThrownBy(() -> importer.preview(file("h.csv", header)))
                .hasMessage("h.csv: has a header row but no staff");
        assertThatThrownBy(() -> importer.preview(file("i.csv", "  \n")))
                .hasMessage("i.csv: the file is empty");
        assertThatThrownBy(() -> importer.preview(dir.resolve("missing.csv")))
                .hasMessageEndingWith("missing.csv: no such file");
    }

    @Test
    void aRepeatedStaffReferenceIsAWarningNotAnError() throws IOException {
        var p = importer.preview(file("r.csv", "First name,Surname,Staff ID,Staff type,Start date\n"
                + "Ann,Lee,7,Teacher,01/09/2020\nBo,Ng,7,TA,01/09/2020\n"));
        assertThat(p.staff()).hasSize(2);
        assertThat(p.warnings()).containsExactly("r.csv line 3: staff reference 7 is also on line 2");
    }

    @Test
    void picksTheDelimiterFromTheHeader() {
        assertThat(CsvStaffListImporter.delimiter("a,b,c\n1;2")).isEqualTo(',');
        assertThat(CsvStaffListImporter.delimiter("a;b;c\n")).isEqualTo(';');
        assertThat(CsvStaffListImporter.delimiter("a\tb\tc")).isEqualTo('\t');
    }
}
