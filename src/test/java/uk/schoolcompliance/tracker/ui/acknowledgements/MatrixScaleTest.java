package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The heat map at trust scale: 5,000 staff × 100 policies generated through the repositories in one
 * transaction, opened in the real window. Prints the load time and the paint time while scrolling;
 * the bounds asserted are loose so a loaded 2-core CI machine still passes.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixScaleTest {

    static final int STAFF = 5000;
    static final int POLICIES = 100;

    @TempDir
    static Path dir;
    static Path db;
    static int acks;

    @BeforeAll
    static void generate() {
        db = dir.resolve("trust.db");
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        long start = System.nanoTime();
        s.repositories().db().inTransaction(c -> {
            long school = s.repositories().settings().ensureSchool("Scale Academy Trust", "all-through");
            StaffCategory[] cats = {StaffCategory.TEACHER, StaffCategory.TEACHING_ASSISTANT, StaffCategory.SUPPORT,
                    StaffCategory.TEACHER, StaffCategory.SLT, StaffCategory.SUPPLY, StaffCategory.GOVERNOR,
                    StaffCategory.TEACHER, StaffCategory.SUPPORT, StaffCategory.VOLUNTEER};
            List<StaffMember> staff = new ArrayList<>();
            for (int i = 0; i < STAFF; i++) {
                LocalDate absentFrom = i % 97 == 0 ? LocalDate.of(2026, 10, 1) : null;
                staff.add(s.repositories().staff().insert(new StaffMember(0, school, "Given" + i, "Family" + String.format("%05d", i),
                        "S" + i, "s" + i + "@trust.example", cats[i % cats.length], "Role",
                        LocalDate.of(2015, 1, 1).plusDays(i % 4000), null, absentFrom, null)));
            }
            List<PolicyVersion> versions = new ArrayList<>();
            for (int p = 0; p < POLICIES; p++) {
                Policy policy = s.repositories().policies().insert(new Policy(0, school, String.format("Policy %03d", p), "P" + p,
                        p % 3 == 0 ? "Safeguarding" : p % 3 == 1 ? "HR" : "Health and safety", p % 2 == 0, "Owner",
                        "Trust board", 12, p % 5 == 0 ? 12 : null, null, null, PolicyStatus.ACTIVE,
                        p % 4 == 0 ? StaffCategory.EVERYONE : StaffCategory.ALL_STAFF));
                versions.add(s.repositories().versions().insert(new PolicyVersion(0, policy.id(), "1.0", null, null, null, "Trust board",
                        LocalDate.of(2025, 9, 1), null, LocalDate.of(2025, 9, 1), null, true), null));
            }
            for (int i = 0; i < STAFF; i++) {
                for (int p = 0; p < POLICIES; p++) {
                    if ((i * 7 + p * 3) % 4 == 0) {
                        s.repositories().acknowledgements().insert(new Acknowledgement(0, staff.get(i).id(), versions.get(p).id(),
                                LocalDate.of(2026, 9, 10), AckMethod.ONLINE_FORM, "Generator", null, false, null));
                        acks++;
                    }
                }
            }
            return null;
        });
        System.out.printf("MatrixScaleTest: generated %d staff x %d policies with %d acknowledgements in %d ms%n",
                STAFF, POLICIES, acks, (System.nanoTime() - start) / 1_000_000);
    }

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext ctx = FxTestSupport.context(dir); // a name remembered: the window does not stop to ask
        window = new MainWindow(stage, ctx);
        stage.show();
        window.open(db, false);
    }

    @Test
    void fiveThousandByOneHundredLoadsAndScrollsSmoothly(FxRobot robot) {
        SlowWait.until(180, () -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        long start = System.nanoTime();
        robot.clickOn("#nav-acknowledgements");
        SlowWait.until(180, () -> robot.lookup("#acks-matrix").tryQuery().isPresent()
                && robot.lookup("#acks-matrix").queryAs(HeatMap.class).visibleRows() == STAFF);
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        HeatMap map = robot.lookup("#acks-matrix").queryAs(HeatMap.class);
        javafx.scene.Node n = map;
        while (!n.getStyleClass().contains("acks-page")) {
            n = n.getParent();
        }
        AcknowledgementsView page = (AcknowledgementsView) n.getProperties().get(AcknowledgementsView.class);
        long computeMs = page.viewModel().loadMillisProperty().get();
        assertThat(map.visibleColumns()).isEqualTo(POLICIES);

        // scroll through the whole list, 40 rows at a time, painting each step
        long paintsBefore = map.paints();
        long scrollStart = System.nanoTime();
        int steps = 0;
        for (int row = 0; row < STAFF; row += 40) {
            int r = row;
            robot.interact(() -> map.scrollToRow(r));
            steps++;
        }
        long scrollMs = (System.nanoTime() - scrollStart) / 1_000_000;
        long painted = map.paints() - paintsBefore;

        // filtering all 500,000 cells (overdue only) is immediate too
        long filterStart = System.nanoTime();
        robot.interact(() -> page.viewModel().overdueOnlyProperty().set(true));
        long filterMs = (System.nanoTime() - filterStart) / 1_000_000;
        int overdueRows = map.visibleRows();

        System.out.printf("MatrixScaleTest: %d x %d matrix shown %d ms after the click (load + compute in the "
                        + "background %d ms); %d scroll steps with %d paints in %d ms (%.1f ms a step); "
                        + "overdue-only filter %d ms (%d rows)%n", STAFF, POLICIES, loadMs, computeMs, steps, painted,
                scrollMs, scrollMs / (double) steps, filterMs, overdueRows);
        assertThat(painted).isGreaterThanOrEqualTo(steps - 1);
        assertThat(loadMs).as("load time").isLessThan(150_000);
        assertThat(scrollMs / (double) steps).as("ms per scroll step").isLessThan(250);
        assertThat(filterMs).isLessThan(10_000);
    }
}
