package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.ComplianceRules;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;

/**
 * Pins the speed work to the figures as they were: the optimised calculator, the fast acknowledgement
 * read and the kept snapshot give exactly what the original, straightforward code gave, on the demo
 * school and on a generated trust, on several dates.
 */
class FiguresUnchangedTest {

    @TempDir
    Path dir;

    /** The calculator's obligation loop exactly as it was before the speed work. */
    static List<Obligation> reference(SchoolData data, LocalDate asOf) {
        List<Obligation> out = new ArrayList<>();
        for (Policy policy : data.policies()) {
            if (!policy.isActive()) {
                continue;
            }
            List<PolicyVersion> versions = data.versions(policy.id());
            if (ComplianceRules.requiredVersionIndex(versions, asOf) < 0) {
                continue;
            }
            for (StaffMember staff : data.staff()) {
                if (!ComplianceRules.inScope(staff, policy, asOf)) {
                    continue;
                }
                LocalDate inductionDue = null;
                for (InductionItem item : data.induction(staff.id())) {
                    if (item.kind() == InductionItemKind.POLICY && item.policyId() != null && item.policyId() == policy.id()) {
                        inductionDue = item.dueDate();
                        break;
                    }
                }
                ComplianceRules.assess(staff, policy, versions, data.acknowledgements(staff.id(), policy.id()), asOf,
                        data.graceDaysFor(staff), inductionDue).ifPresent(out::add);
            }
        }
        return out;
    }

    static void assertSameFigures(TrackerServices services, List<LocalDate> dates) {
        SchoolData data = services.compliance().loadFresh();
        for (LocalDate d : dates) {
            ComplianceCalculator calc = new ComplianceCalculator(data, d);
            List<Obligation> fast = new ArrayList<>();
            calc.forEachObligation(fast::add);
            List<Obligation> ref = reference(data, d);
            assertThat(fast).as("obligations on " + d).isEqualTo(ref);
            List<Obligation> refGaps = new ArrayList<>(ref.stream().filter(Obligation::isGap).toList());
            refGaps.sort(ComplianceCalculator.GAP_ORDER);
            assertThat(calc.gaps()).as("gaps on " + d).isEqualTo(refGaps);
            Summary s = calc.summary();
            assertThat(s.ackRequired()).isEqualTo(ref.stream().filter(o -> o.status() != uk.schoolcompliance.tracker.domain.ObligationStatus.ABSENT).count());
            assertThat(s.ackDone()).isEqualTo(ref.stream().filter(o -> o.status() == uk.schoolcompliance.tracker.domain.ObligationStatus.SATISFIED).count());
            assertThat(s.ackOverdue()).isEqualTo(ref.stream().filter(o -> o.status() == uk.schoolcompliance.tracker.domain.ObligationStatus.OVERDUE).count());
            assertThat(services.compliance().summary(d)).isEqualTo(s);
        }
    }

    @Test
    void theDemoSchoolsFiguresAreUnchanged() {
        TrackerServices demo = TestDemo.open(dir);
        assertSameFigures(demo, List.of(TestDemo.AS_OF, TestDemo.AS_OF.minusMonths(6), TestDemo.AS_OF.minusYears(2),
                TestDemo.AS_OF.plusMonths(3)));
    }

    @Test
    void aGeneratedTrustsFiguresAreUnchanged() {
        TrackerServices trust = TrackerServices.open(dir.resolve("trust.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        trust.generateTrust(400, 50, 7, TrustGeneratorTest.TODAY);
        LocalDate today = TrustGeneratorTest.TODAY;
        assertSameFigures(trust, List.of(today, today.minusMonths(5), today.minusYears(3), today.plusMonths(2)));
    }

    @Test
    void theFastAcknowledgementReadMatchesTheRowByRowRead() {
        TrackerServices trust = TrackerServices.open(dir.resolve("acks.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        trust.generateTrust(150, 30, 3, TrustGeneratorTest.TODAY);
        List<Acknowledgement> all = trust.repositories().acknowledgements().findAll();
        List<Acknowledgement> oneByOne = new ArrayList<>();
        for (StaffMember s : trust.repositories().staff().findAll()) {
            oneByOne.addAll(trust.repositories().acknowledgements().findByStaff(s.id()));
        }
        oneByOne.sort(Comparator.comparingLong(Acknowledgement::id));
        assertThat(all).isEqualTo(oneByOne).isNotEmpty();
        assertThat(all).anyMatch(Acknowledgement::voided);
    }

    @Test
    void theKeptSnapshotIsUsedUntilTheDatabaseChanges() {
        TrackerServices demo = TestDemo.open(dir);
        ComplianceService compliance = demo.compliance();
        SchoolData first = compliance.load();
        assertThat(compliance.load()).isSameAs(first);
        Summary before = compliance.summary(TestDemo.AS_OF);
        // record an acknowledgement for one outstanding gap: the next figures must see it
        Obligation gap = compliance.calculator(TestDemo.AS_OF).gaps().stream()
                .filter(o -> o.status() != uk.schoolcompliance.tracker.domain.ObligationStatus.ABSENT).findFirst().orElseThrow();
        demo.repositories().acknowledgements().insert(new Acknowledgement(0, gap.staff().id(), gap.requiredVersion().id(),
                TestDemo.AS_OF, AckMethod.PAPER, "test", null, false, null));
        SchoolData second = compliance.load();
        assertThat(second).isNotSameAs(first);
        Summary after = compliance.summary(TestDemo.AS_OF);
        assertThat(after.ackDone()).isEqualTo(before.ackDone() + 1);
        // a second copy of the app writing to the same file is seen too
        TrackerServices otherCopy = TrackerServices.open(demo.repositories().db().file(), TestDemo.ACTOR, TestDemo.CLOCK);
        otherCopy.repositories().settings().set("grace_days", "30");
        assertThat(compliance.load()).isNotSameAs(second);
        assertThat(compliance.load().defaultGraceDays()).isEqualTo(30);
        // read inside a caller's transaction: not kept
        compliance.forget();
        SchoolData inTx = demo.repositories().db().inTransaction(c -> compliance.load());
        assertThat(compliance.load()).isNotSameAs(inTx);
    }
}
