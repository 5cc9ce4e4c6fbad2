package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.report.GovernorsPackPdf;
import uk.schoolcompliance.tracker.io.report.GovernorsPackXlsx;

/**
 * A trust of 5,000 staff and 100 policies (generated in memory with a fixed seed): the model, the PDF
 * and the streaming workbook are built and timed. The issue's target is 5 s for both files on the
 * development machine; the assertion is looser so a loaded CI machine does not fail it.
 */
class GovernorsPackScaleTest {

    static final int STAFF = 5_000;
    static final int POLICIES = 100;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    static SchoolData trust() {
        Random rnd = new Random(42);
        StaffCategory[] cats = StaffCategory.values();
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 1; i <= STAFF; i++) {
            StaffCategory c = i % 10 < 4 ? StaffCategory.TEACHER : i % 10 < 6 ? StaffCategory.TEACHING_ASSISTANT
                    : i % 10 < 8 ? StaffCategory.SUPPORT : cats[rnd.nextInt(cats.length)];
            LocalDate start = AS_OF.minusDays(rnd.nextInt(3000));
            LocalDate leave = rnd.nextInt(40) == 0 ? AS_OF.minusDays(rnd.nextInt(200)) : null;
            staff.add(new StaffMember(i, 1, "Given" + i, "Family" + i, "R" + i, i % 50 == 0 ? null : "p" + i + "@trust.example",
                    c, "Role " + (i % 17), start, leave, null, null));
        }
        List<Policy> policies = new ArrayList<>();
        List<PolicyVersion> versions = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        long versionId = 1;
        for (int p = 1; p <= POLICIES; p++) {
            var audience = p % 4 == 0 ? EnumSet.allOf(StaffCategory.class) : EnumSet.copyOf(StaffCategory.ALL_STAFF);
            policies.add(new Policy(p, null, String.format("Trust policy %03d on a long subject name", p), "TP" + p,
                    "HR", p % 3 == 0, "Owner " + p, "Trust board", p % 5 == 0 ? null : 12 * (1 + p % 3), null, null,
                    null, PolicyStatus.ACTIVE, audience));
            LocalDate first = AS_OF.minusDays(400 + rnd.nextInt(600));
            versions.add(new PolicyVersion(versionId++, p, "1.0", "sha", "p.pdf", "application/pdf", "Trust board", first,
                    "M" + p, first, null, true));
            if (p % 2 == 0) {
                LocalDate second = AS_OF.minusDays(rnd.nextInt(300));
                versions.add(new PolicyVersion(versionId++, p, "2.0", "sha", "p.pdf", "application/pdf", "Trust board",
                        second, "M" + p, second, null, p % 4 == 0));
            }
            reviews.add(new Review(p, p, first.plusMonths(12), null, "Reviewer", AS_OF.minusDays(rnd.nextInt(200)),
                    ReviewOutcome.NO_CHANGE, null));
        }
        List<Acknowledgement> acks = new ArrayList<>();
        long ackId = 1;
        for (PolicyVersion v : versions) {
            for (StaffMember s : staff) {
                if (rnd.nextInt(100) < 88) {
                    LocalDate d = v.effectiveFrom().plusDays(rnd.nextInt(40));
                    acks.add(new Acknowledgement(ackId++, s.id(), v.id(), d, AckMethod.values()[0], "Office", null, false, null));
                }
            }
        }
        return new SchoolData(staff, policies, versions, acks, reviews, Map.of(), 14);
    }

    @Test
    void fiveThousandStaffByAHundredPoliciesIsQuick(@TempDir Path dir) throws IOException {
        SchoolData data = trust();
        long t0 = System.nanoTime();
        GovernorsPack pack = GovernorsPackService.compute(new ComplianceCalculator(data, AS_OF), "Big Trust",
                Term.containing(AS_OF), false, "Benchmark", AS_OF);
        long t1 = System.nanoTime();
        Path pdf = dir.resolve("trust.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            GovernorsPackPdf.write(pack, out);
        }
        long t2 = System.nanoTime();
        Path xlsx = dir.resolve("trust.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            GovernorsPackXlsx.write(pack, out);
        }
        long t3 = System.nanoTime();
        double model = (t1 - t0) / 1e9;
        double pdfSeconds = (t2 - t1) / 1e9;
        double xlsxSeconds = (t3 - t2) / 1e9;
        System.out.printf("governors' pack, %d staff x %d policies (%d obligations): model %.2f s, PDF %.2f s, "
                        + "XLSX %.2f s, both files %.2f s, total %.2f s; PDF %d KB, XLSX %d KB%n",
                STAFF, POLICIES, pack.summary().ackRequired(), model, pdfSeconds, xlsxSeconds, pdfSeconds + xlsxSeconds,
                model + pdfSeconds + xlsxSeconds, Files.size(pdf) / 1024, Files.size(xlsx) / 1024);
        assertThat(pack.acknowledgements().rows().size()).isGreaterThan(4_500);
        assertThat(pack.acknowledgements().policies()).hasSize(POLICIES);
        assertThat(pack.summary().ackRequired()).isGreaterThan(400_000);
        try (var d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isGreaterThan(5);
        }
        // the target is 5 s for the two files on a quiet machine; the shared 2-core build machine runs
        // several builds at once (load average above 20 seen), so the bound here only catches a collapse
        assertThat(model + pdfSeconds + xlsxSeconds).isLessThan(90.0);
    }
}
