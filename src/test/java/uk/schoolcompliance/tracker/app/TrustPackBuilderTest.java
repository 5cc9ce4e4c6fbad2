package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.report.TrustPack;

/** The trust board's pack assembled on its own from the demo trust: a row and a pack per school, the board's reviews. */
class TrustPackBuilderTest {

    @TempDir
    Path dir;

    @Test
    void theDemoTrustsBoardPackHasEachSchoolThenTheCentralTeam() {
        try (TrackerServices s = TestDemo.openTrust(dir)) {
            TrustPackBuilder builder = new TrustPackBuilder(s.repositories().settings(), s.compliance(),
                    s.schoolService(), () -> TestDemo.ACTOR, TestDemo.CLOCK);
            TrustPack pack = builder.build(TestDemo.AS_OF, null, false);
            assertThat(pack.trustName()).isEqualTo("Vale Learning Trust");
            assertThat(pack.term()).isEqualTo(Term.containing(TestDemo.AS_OF));
            assertThat(pack.schools()).extracting(TrustPack.SchoolRow::name).containsExactly("Ashby Primary Academy",
                    "Brook Academy", "Castle High School", "Central team");
            assertThat(pack.schools()).extracting(TrustPack.SchoolRow::centralTeam).containsExactly(false, false, false,
                    true);
            assertThat(pack.schoolPacks()).extracting(GovernorsPack::schoolName).containsExactly("Ashby Primary Academy",
                    "Brook Academy", "Castle High School", "Central team");
            // the whole trust's figures are the sum of its parts (every person belongs to one row)
            assertThat(pack.summary().ackRequired()).isEqualTo(24 + 18 + 18 + 6);
            assertThat(pack.schools()).extracting(r -> r.summary().ackDone()).containsExactly(24, 9, 1, 6);
            GovernorsPack central = pack.schoolPacks().get(3);
            assertThat(pack.trustWideReviews()).as("the trust-wide policies' reviews").isEqualTo(central.reviewSchedule());
            assertThat(pack.preparedBy()).isEqualTo(TestDemo.ACTOR.displayName());
        }
    }
}
