package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;

class PolicyScheduleImportTest {

    @TempDir
    Path dir;

    static final String CSV = """
            Policy,Statutory,Lead,Committee,Date approved,Review cycle,Review due,Applies to,Re-acknowledge,Version
            Behaviour Policy,Yes,Mr J Carter,Full governing body,14/10/2026,Annually,,All staff,,
            Allergy Awareness Policy,No,School nurse,Headteacher,01/09/2025,Every 2 years,,Teachers; Teaching assistants,,1.2
            Lettings Policy,no,Business manager,Resources committee,March 2024,3 yearly,Spring 2027,Support staff,,
            Staff Handbook,No,Head,Headteacher,,Live document,,Everyone,Annually,
            """;

    TrackerServices demo() {
        return TestDemo.open(dir);
    }

    @Test
    void aCsvScheduleCreatesPoliciesWithFirstVersionsAndUpdatesKnownOnes() throws Exception {
        TrackerServices s = demo();
        Path file = dir.resolve("schedule.csv");
        Files.writeString(file, CSV);
        int before = s.repositories().policies().findAll().size();
        var dry = s.policySchedule().importFile(file, true);
        assertThat(dry.tally()).isEqualTo("created 3, updated 1, unchanged 0");
        assertThat(s.repositories().policies().findAll()).as("a dry run changes nothing").hasSize(before);

        var done = s.policySchedule().importFile(file, false);
        assertThat(done.tally()).isEqualTo("created 3, updated 1, unchanged 0");
        assertThat(s.repositories().policies().findAll()).hasSize(before + 3);
        Policy allergy = s.policyService().policyByTitle("Allergy Awareness Policy");
        assertThat(allergy.owner()).isEqualTo("School nurse");
        assertThat(allergy.reviewMonths()).isEqualTo(24);
        assertThat(allergy.audience()).containsExactlyInAnyOrder(StaffCategory.TEACHER, StaffCategory.TEACHING_ASSISTANT);
        var v = s.repositories().versions().findByPolicy(allergy.id());
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.label()).isEqualTo("1.2");
            assertThat(x.effectiveFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(x.approvedBy()).isEqualTo("Headteacher");
        });
        Policy lettings = s.policyService().policyByTitle("Lettings Policy");
        assertThat(s.repositories().versions().findByPolicy(lettings.id()).get(0).effectiveFrom()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(lettings.nextReviewOverride()).as("differs from March 2024 + 3 years").isEqualTo(LocalDate.of(2027, 3, 31));
        Policy handbook = s.policyService().policyByTitle("Staff Handbook");
        assertThat(handbook.reviewMonths()).isNull();
        assertThat(handbook.reackMonths()).isEqualTo(12);
        assertThat(s.repositories().versions().findByPolicy(handbook.id())).as("no approval date, so no version").isEmpty();
        Policy behaviour = s.policyService().policyByTitle("Behaviour Policy");
        assertThat(behaviour.owner()).isEqualTo("Mr J Carter");

        assertThat(s.policySchedule().importFile(file, false).tally()).isEqualTo("created 0, updated 0, unchanged 4");
    }

    @Test
    void errorsNameTheLineAndFieldAndNothingIsImported() throws Exception {
        TrackerServices s = demo();
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, """
                Policy,Statutory,Review frequency,Last approved,Applies to
                Good Policy,yes,Annually,01/09/2025,All staff
                Bad Date Policy,no,Annually,31/02/2025,All staff
                Bad Cycle Policy,no,whenever,01/09/2025,Caretakers and dinosaurs
                """);
        int before = s.repositories().policies().findAll().size();
        var plan = s.policySchedule().plan(file);
        assertThat(plan.errors()).containsExactly(
                "bad.csv line 3: Last approved: '31/02/2025' is not a date",
                "bad.csv line 4: Review frequency: 'whenever' is not a review frequency (e.g. Annually, Every 2 years, 24 months, Live document)",
                "bad.csv line 4: Audience: 'Caretakers' is not a staff category");
        assertThatThrownBy(() -> s.policySchedule().importFile(file, false))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("bad.csv line 3: Last approved:").hasMessageContaining("nothing was imported");
        assertThat(s.repositories().policies().findAll()).hasSize(before);
    }

    @Test
    void anXlsxWithRealDateCellsImportsTheSame() throws Exception {
        TrackerServices s = demo();
        Path file = dir.resolve("schedule.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Policies");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row title = sh.createRow(0);
            title.createCell(0).setCellValue("Policy");
            title.createCell(1).setCellValue("Owner");
            title.createCell(2).setCellValue("Last approved");
            title.createCell(3).setCellValue("Review frequency");
            title.createCell(4).setCellValue("Statutory");
            Row r = sh.createRow(2); // a blank row between header and data
            r.createCell(0).setCellValue("Exams Policy");
            r.createCell(1).setCellValue("Exams officer");
            r.createCell(2).setCellValue(LocalDate.of(2025, 10, 6));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellValue(24);
            r.createCell(4).setCellValue("No");
            Row bad = sh.createRow(3);
            bad.createCell(0).setCellValue("Visitors Policy");
            bad.createCell(4).setCellValue("perhaps");
            wb.write(out);
        }
        var plan = s.policySchedule().plan(file);
        assertThat(plan.errors()).containsExactly("schedule.xlsx line 4: Statutory: 'perhaps' is not yes or no");
        assertThat(plan.changes()).first().satisfies(c -> {
            assertThat(c.line()).isEqualTo(3);
            assertThat(c.after().reviewMonths()).isEqualTo(24);
            assertThat(c.newVersion().effectiveFrom()).isEqualTo(LocalDate.of(2025, 10, 6));
        });
    }

    @Test
    void theDemoSchoolsOwnPolicyListImportsUnchanged() throws Exception {
        TrackerServices s = demo();
        var plan = s.policySchedule().plan(Path.of("sample-data/policies.csv"));
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.count(PolicyScheduleImport.Action.CREATE)).isZero();
        assertThat(plan.count(PolicyScheduleImport.Action.UNCHANGED)).isEqualTo(plan.changes().size());
    }

    @Test
    void aFileWithoutAPolicyColumnIsRefused() throws Exception {
        TrackerServices s = demo();
        Path file = dir.resolve("nohead.csv");
        Files.writeString(file, "Name of thing,When\nX,Y\n");
        assertThat(s.policySchedule().plan(file).errors()).singleElement().asString()
                .contains("nohead.csv line 1").contains("no 'Policy' column");
    }
}
