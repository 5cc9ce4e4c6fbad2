package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.OutstandingExport;

@ParameterizedClass
@EnumSource(StoreKind.class)
class AcknowledgementServiceTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    @Test
    void aSignOffSessionIsOneAuditedTransactionAndClosesTheGaps() {
        TrackerServices s = store.demo(dir);
        AcknowledgementService acks = s.acknowledgementService();
        Policy p = s.repositories().policies().findByTitle("Capability Policy").orElseThrow();
        PolicyVersion v = s.repositories().versions().findByPolicy(p.id()).get(0);
        List<AcknowledgementService.Candidate> unsigned = acks.unsigned(v.id(), TestDemo.AS_OF);
        int gapsBefore = s.compliance().calculator(TestDemo.AS_OF).obligations(p).stream()
                .filter(o -> o.isGap()).toList().size();
        assertThat(unsigned).hasSize(gapsBefore);

        List<Long> ticked = unsigned.stream().limit(5).map(c -> c.staff().id()).toList();
        List<Acknowledgement> written = acks.recordSession(v.id(), TestDemo.AS_OF, AckMethod.IN_PERSON, "INSET", ticked);
        assertThat(written).hasSize(5).allSatisfy(a -> assertThat(a.method()).isEqualTo(AckMethod.IN_PERSON));
        assertThat(acks.unsigned(v.id(), TestDemo.AS_OF)).hasSize(unsigned.size() - 5);
        assertThat(s.repositories().audit().recent(1, "acknowledgement_session", null).get(0).after()).contains("\"recorded\":5");

        // one person out of scope makes the whole session fail and write nothing
        StaffMember governor = s.repositories().staff().findAll().stream()
                .filter(m -> m.category() == uk.schoolcompliance.tracker.domain.StaffCategory.GOVERNOR).findFirst()
                .orElseThrow();
        int count = s.repositories().acknowledgements().findAll().size();
        List<Long> mixed = new ArrayList<>(unsigned.stream().skip(5).map(c -> c.staff().id()).toList());
        mixed.add(governor.id());
        assertThatThrownBy(() -> acks.recordSession(v.id(), TestDemo.AS_OF, AckMethod.PAPER, null, mixed))
                .isInstanceOf(UserException.class).hasMessageContaining(governor.fullName())
                .hasMessageContaining("not in the policy's audience");
        assertThat(s.repositories().acknowledgements().findAll()).hasSize(count);
    }

    @Test
    void voidingWithAReasonReopensTheGapAndKeepsTheRecord() throws Exception {
        TrackerServices s = store.demo(dir);
        AcknowledgementService acks = s.acknowledgementService();
        Policy p = s.repositories().policies().findByTitle("Anti-Bullying Policy").orElseThrow();
        PolicyVersion v = s.repositories().versions().findByPolicy(p.id()).get(0);
        StaffMember who = acks.unsigned(v.id(), TestDemo.AS_OF).get(0).staff();
        Path scan = dir.resolve("scan.pdf");
        Files.write(scan, new byte[] {'%', 'P', 'D', 'F', '-', '1'});
        AcknowledgementService.Result r = acks.record(new AcknowledgementService.Recording(who.id(), v.id(),
                TestDemo.AS_OF.minusDays(1), AckMethod.PAPER, "signed at the staff meeting", scan));
        assertThat(r.recorded()).isTrue();
        assertThat(s.repositories().acknowledgements().evidence(r.acknowledgement().id()).orElseThrow().fileName()).isEqualTo("scan.pdf");
        assertThat(acks.unsigned(v.id(), TestDemo.AS_OF)).extracting(c -> c.staff().id()).doesNotContain(who.id());

        assertThatThrownBy(() -> acks.voidAcknowledgement(r.acknowledgement().id(), " "))
                .isInstanceOf(UserException.class).hasMessageStartingWith("Reason:");
        acks.voidAcknowledgement(r.acknowledgement().id(), "Recorded against the wrong person");
        assertThat(acks.unsigned(v.id(), TestDemo.AS_OF)).extracting(c -> c.staff().id()).contains(who.id());
        Acknowledgement kept = s.repositories().acknowledgements().findById(r.acknowledgement().id()).orElseThrow();
        assertThat(kept.voided()).isTrue();
        assertThat(kept.voidReason()).isEqualTo("Recorded against the wrong person");
        assertThatThrownBy(() -> acks.voidAcknowledgement(kept.id(), "again")).hasMessageContaining("already void");
    }

    @Test
    void theOutstandingExportsReadBackWithTheSameRows() throws Exception {
        TrackerServices s = store.demo(dir);
        List<OutstandingExport.Gap> gaps = OutstandingExport.gaps(s.compliance().calculator(TestDemo.AS_OF).gaps());
        StringWriter csv = new StringWriter();
        OutstandingExport.writeCsv(gaps, csv);
        assertThat(csv.toString().lines().count()).isEqualTo(gaps.size() + 1);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        OutstandingExport.writeXlsx(gaps, "Outstanding as of 24/11/2026", xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = wb.getSheet("Outstanding");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getLastRowNum()).isEqualTo(gaps.size() + 1);
            int overdue = 0;
            for (int i = 2; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(gaps.get(i - 2).name());
                assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(gaps.get(i - 2).due());
                overdue += row.getCell(7).getStringCellValue().equals("yes") ? 1 : 0;
            }
            assertThat(overdue).isEqualTo(s.compliance().summary(TestDemo.AS_OF).ackOverdue());
        }
    }
}
