package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.report.TrustPack;

/**
 * Issue 17: the trust board's pack (built, then written as PDF and XLSX) never builds a grid of every person x policy
 * of the trust: only one school's at a time, and building the pack itself only the central team's (for the board's
 * reviews); the rest are computed as the writers reach them.
 */
class TrustPackGridBoundTest {

    @Test
    void thePacksPathBuildsOneSchoolsGridAtATimeNeverTheWholeTrusts(@TempDir Path dir) {
        try (TrackerServices s = TrackerServices.open(dir.resolve("trust.db"), TestDemo.ACTOR, TestDemo.CLOCK)) {
            s.demoTrust().build(TestDemo.AS_OF);
            int wholeTrust = s.compliance().summary(TestDemo.AS_OF).staffInPost();
            List<Integer> grids = new ArrayList<>();
            PackFigures.GRID_ROWS.set(grids::add);
            try {
                TrustPack pack = s.governorsPack().buildTrust(TestDemo.AS_OF, Term.containing(TestDemo.AS_OF), true);
                assertThat(grids).as("building: the central team's grid only").hasSize(1);
                int largestSchool = pack.schools().stream().mapToInt(r -> r.summary().staffInPost()).max().orElseThrow();
                assertThat(largestSchool).isLessThan(wholeTrust);
                s.governorsPack().writePdf(pack, dir.resolve("board.pdf"));
                s.governorsPack().writeXlsx(pack, dir.resolve("board.xlsx"));
                assertThat(grids).as("each school's grid as the writers reach it").hasSizeGreaterThanOrEqualTo(
                        pack.schools().size());
                assertThat(grids).as("never the whole trust's %d people", wholeTrust)
                        .allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(largestSchool));
            } finally {
                PackFigures.GRID_ROWS.remove();
            }
        }
    }
}
