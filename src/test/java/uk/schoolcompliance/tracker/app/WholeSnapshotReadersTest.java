package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.report.TrustPack;

/**
 * Issue #17: on a 50,000-person trust the figures, the heat map, the outstanding list and the packs never hold every
 * acknowledgement (7 million rows) in memory. Every acknowledgement is read only by {@link ComplianceService#load} /
 * {@link ComplianceService#loadFresh} (the full snapshot); this lists every caller of those in the app's code, so a
 * new one is a decision made on purpose, and proves the trust board's pack (which read the full snapshot) is now the
 * database's figures and the same pack as the Java rules give.
 */
class WholeSnapshotReadersTest {

    /** The only code that reads the full snapshot: one person's sign-offs of everything, the form import, the bench. */
    static final Set<String> ALLOWED = Set.of(
            "app.AcknowledgementService.signOffSheet",
            "app.AcknowledgementService.unsigned",
            "app.ComplianceService.load",
            "app.ComplianceService.loadFresh",
            "app.FormImportService.plan",
            "cli.BenchCommand.bench");

    @Test
    void onlyTheNamedFewReadEveryAcknowledgement() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.schoolcompliance.tracker");
        Set<String> callers = new TreeSet<>();
        main.forEach(c -> c.getMethodCallsFromSelf().forEach((JavaMethodCall call) -> {
            String target = call.getTarget().getOwner().getName() + "." + call.getTarget().getName();
            if (target.equals(ComplianceService.class.getName() + ".load")
                    || target.equals(ComplianceService.class.getName() + ".loadFresh")
                    || target.equals("uk.schoolcompliance.tracker.store.AcknowledgementRepository.findAll")) {
                callers.add(call.getOriginOwner().getName().replace("uk.schoolcompliance.tracker.", "") + "."
                        + call.getOrigin().getName());
            }
        }));
        assertThat(callers).isEqualTo(new TreeSet<>(ALLOWED));
    }

    @Test
    void theTrustBoardsPackIsTheDatabasesFiguresAndTheSamePackAsTheJavaRules(@TempDir Path dir) {
        TrackerServices s = TrackerServices.open(dir.resolve("trust.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        s.demoTrust().build(TestDemo.AS_OF);
        LocalDate d = TestDemo.AS_OF;
        assertThat(s.governorsPack().isTrust()).isTrue();
        TrustPack pack = s.governorsPack().buildTrust(d, Term.containing(d), true);
        // the reference: the Java rules over the full snapshot, as the pack was built before
        SchoolData full = s.compliance().loadFresh();
        assertThat(pack.schoolPacks()).hasSize(s.schoolService().figures(d).size());
        String by = pack.preparedBy();
        int i = 0;
        for (SchoolService.SchoolFigures f : s.schoolService().figures(d)) {
            assertThat(pack.schoolPacks().get(i++)).as(f.name()).usingRecursiveComparison().isEqualTo(GovernorsPackService.compute(
                    new ComplianceCalculator(full.forSchool(f.school()), d), f.name(), Term.containing(d), true, by,
                    pack.preparedOn()));
        }
        assertThat(pack.summary()).isEqualTo(new ComplianceCalculator(full, d).summary());
    }
}
