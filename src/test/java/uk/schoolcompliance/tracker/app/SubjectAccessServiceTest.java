package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.SubjectAccessReport;
import uk.schoolcompliance.tracker.store.FilePermissions;

/** The subject access export holds everything about one person, in a PDF and a CSV read back here. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SubjectAccessServiceTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    @Test
    void pdfAndCsvHoldDetailsAcknowledgementsInductionAndAudit() throws Exception {
        TrackerServices s = store.demo(dir);
        StaffMember who = s.repositories().staff().findAll().stream()
                .filter(m -> s.repositories().acknowledgements().findByStaff(m.id()).size() >= 3).findFirst().orElseThrow();
        int acks = s.repositories().acknowledgements().findByStaff(who.id()).size();
        SubjectAccessService.Export e = s.subjectAccess().export(who.id(), TestDemo.AS_OF, dir.resolve("out"));

        SubjectAccessReport r = e.report();
        assertThat(r.sections()).extracting(SubjectAccessReport.Section::title)
                .containsExactly("Details", "Acknowledgements", "Induction", "Audit log entries");
        assertThat(r.sections().get(1).rows()).hasSize(acks);
        assertThat(r.sections().get(3).rows()).isNotEmpty();

        try (PDDocument pdf = Loader.loadPDF(e.pdf().toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Personal data held about " + who.fullName())
                    .contains("Acknowledgements (" + acks + ")").contains(who.familyName()).contains("Page 1 of");
        }
        try (Reader in = Files.newBufferedReader(e.csv(), StandardCharsets.UTF_8)) {
            in.read(); // the byte-order mark
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("section")).isEqualTo("Details");
                assertThat(row.get("field")).isEqualTo("Family name");
                assertThat(row.get("value")).isEqualTo(who.familyName());
            });
            assertThat(rows.stream().filter(row -> row.get("section").equals("Acknowledgements"))
                    .map(row -> row.get("record")).distinct().count()).isEqualTo(acks);
        }
        if (FilePermissions.posix(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(e.pdf()))).isEqualTo("rw-------");
        }
        // never overwrites
        assertThatThrownBy(() -> s.subjectAccess().export(who.id(), TestDemo.AS_OF, dir.resolve("out")))
                .isInstanceOf(UserException.class).hasMessageContaining("already exists");
    }

    @Test
    void theExportHoldsOnlyEntriesAboutThePersonsOwnRecordsNeverTextMatches() {
        TrackerServices s = store.demo(dir);
        long school = s.repositories().settings().schoolId().orElseThrow();
        StaffMember carter = s.repositories().staff().findAll().stream().filter(m -> m.familyName().equals("Carter")).findFirst()
                .orElseThrow();
        // a reference inside "Carter", "Caroline", "care"...; a name inside a colleague's
        StaffMember car = s.repositories().staff().insert(new StaffMember(0, school, "Dan", "Cole", "CAR", "dan.cole@oakfield.sch.uk",
                StaffCategory.TEACHER, null, LocalDate.of(2020, 9, 1), null, null, null));
        StaffMember coleman = s.repositories().staff().insert(new StaffMember(0, school, "Dan", "Coleman", "CAR2",
                "dan.coleman@oakfield.sch.uk", StaffCategory.TEACHER, null, LocalDate.of(2020, 9, 1), null, null, null));
        var version = s.repositories().versions().findAll().get(0);
        Acknowledgement own = s.repositories().acknowledgements().insert(new Acknowledgement(0, car.id(), version.id(),
                LocalDate.of(2026, 9, 4), AckMethod.PAPER, "James Carter", null, false, null));
        s.repositories().acknowledgements().insert(new Acknowledgement(0, coleman.id(), version.id(), LocalDate.of(2026, 9, 4),
                AckMethod.PAPER, "Dan Cole", "signed beside Dan Cole", false, null));

        SubjectAccessReport r = s.subjectAccess().collect(car.id(), TestDemo.AS_OF);
        List<List<String>> audit = r.sections().get(3).rows();
        assertThat(audit).extracting(row -> row.get(3))
                .containsExactly("staff #" + car.id(), "acknowledgement #" + own.id());
        assertThat(audit).hasSize(s.repositories().auditQueries().aboutStaff(car.id()).size());
        assertThat(audit.toString()).doesNotContain("Coleman").doesNotContain("CAR2").doesNotContain("Deputy");
        assertThat(r.sections().get(1).rows()).singleElement().satisfies(row -> assertThat(row.get(4))
                .isEqualTo("James Carter")); // who recorded it: part of her record, kept
        // and Carter's own export holds nothing of hers
        SubjectAccessReport theirs = s.subjectAccess().collect(carter.id(), TestDemo.AS_OF);
        assertThat(theirs.sections().get(3).rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(3)).isNotIn("staff #" + car.id(), "acknowledgement #" + own.id()));
        assertThat(s.subjectAccess().collect(coleman.id(), TestDemo.AS_OF).sections().get(3).rows())
                .noneMatch(row -> row.get(3).equals("staff #" + car.id()));
    }
}
