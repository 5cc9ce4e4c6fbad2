package uk.schoolcompliance.tracker.ui.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The window on a trust's file: the top bar's school picker, every page following the school chosen, the dashboard's
 * schools side by side opening a school; on a single school's file the picker is hidden.
 */
@ExtendWith(ApplicationExtension.class)
class TrustWindowTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private UiContext ctx;

    /**
     * Vale Learning Trust (one central person) with Ashby (2 teachers, its own policy; one acknowledged the code),
     * Brook (3 teachers, nothing acknowledged) and Castle (1 teacher); the Staff Code of Conduct is trust-wide.
     */
    static Path trustFile(Path folder) {
        Path file = folder.resolve("vale-" + System.nanoTime() + ".db");
        TrackerServices s = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);
        long trust = s.repositories().settings().ensureSchool("Vale Learning Trust", "trust");
        long ashby = s.schoolService().add("Ashby Primary Academy", "100001", "primary").id();
        long brook = s.schoolService().add("Brook Academy", "100002", null).id();
        long castle = s.schoolService().add("Castle High School", null, "secondary").id();
        person(s, 1, trust);
        StaffMember ann = person(s, 2, ashby);
        person(s, 3, ashby);
        person(s, 4, brook);
        person(s, 5, brook);
        person(s, 6, brook);
        person(s, 7, castle);
        PolicyVersion code = policy(s, null, "Staff Code of Conduct");
        policy(s, ashby, "Child Protection Policy (Ashby Primary Academy)");
        s.repositories().acknowledgements().insert(new Acknowledgement(0, ann.id(), code.id(), LocalDate.of(2026, 2, 1), AckMethod.PAPER,
                "Office", null, false, null));
        s.close();
        return file;
    }

    private static StaffMember person(TrackerServices s, int n, long school) {
        return s.repositories().staff().insert(new StaffMember(0, school, "Given" + n, "Family" + n, "R" + n, null, StaffCategory.TEACHER,
                "Teacher", LocalDate.of(2020, 9, 1), null, null, null));
    }

    private static PolicyVersion policy(TrackerServices s, Long school, String title) {
        Policy p = s.repositories().policies().insert(new Policy(0, school, title, null, "Safeguarding", true, "Owner", "FGB", 12, null,
                null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        return s.repositories().versions().insert(new PolicyVersion(0, p.id(), "1.0", null, null, null, "FGB", LocalDate.of(2026, 1, 1),
                null, LocalDate.of(2026, 1, 1), null, true), null);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ctx = FxTestSupport.context(dir);
        window = new MainWindow(stage, ctx);
        stage.show();
        window.open(trustFile(dir), false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private SchoolPicker picker(FxRobot robot) {
        return robot.lookup("#school-picker").queryAs(SchoolPicker.class);
    }

    private void pick(FxRobot robot, String name) {
        SchoolPicker picker = picker(robot);
        robot.interact(() -> picker.getSelectionModel().select(picker.getItems().stream()
                .filter(c -> c.label().equals(name)).findFirst().orElseThrow()));
    }

    @Test
    void pickingASchoolInTheTopBarMakesEveryPageFollow(FxRobot robot) {
        FxTestSupport.waitUntil(() -> picker(robot).isVisible() && picker(robot).getItems().size() == 5);
        assertThat(picker(robot).getItems()).extracting(SchoolPickerModel.Choice::label).containsExactly("All schools",
                "Ashby Primary Academy", "Brook Academy", "Castle High School", "Central team");
        // the picker reads "All schools" from the start (it was blank: the choice was set before its list was filled)
        FxTestSupport.waitUntil(() -> picker(robot).getValue() != null
                && picker(robot).getValue().label().equals("All schools"));
        // All schools: 9 required (7 people x code + 2 Ashby x own), 1 done
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent()
                && text(robot, "#card-ack-percent-value").equals("11.1 %"));
        pick(robot, "Brook Academy");
        assertThat(ctx.school()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Brook Academy"));
        FxTestSupport.waitUntil(() -> text(robot, "#card-ack-percent-value").equals("0.0 %"));
        FxTestSupport.waitUntil(() -> !robot.lookup("#trust-overview").query().isVisible());
        robot.interact(() -> window.navigate(uk.schoolcompliance.tracker.ui.Destination.home(Section.STAFF)));
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-table").queryAs(TableView.class).getItems().size() == 3);
        robot.interact(() -> window.navigate(uk.schoolcompliance.tracker.ui.Destination.home(Section.POLICIES)));
        // Brook sees the trust-wide code, not Ashby's own policy
        FxTestSupport.waitUntil(() -> robot.lookup("#policies-table").queryAs(TableView.class).getItems().size() == 1);
        pick(robot, "Ashby Primary Academy");
        FxTestSupport.waitUntil(() -> robot.lookup("#policies-table").queryAs(TableView.class).getItems().size() == 2);
        robot.interact(() -> window.navigate(uk.schoolcompliance.tracker.ui.Destination.home(Section.STAFF)));
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-table").queryAs(TableView.class).getItems().size() == 2);
        pick(robot, "All schools");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-table").queryAs(TableView.class).getItems().size() == 7);
        assertThat(ctx.school()).isEmpty();
    }

    @Test
    void theSchoolsSideBySideOpenASchoolWorstFirst(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#trust-overview").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#trust-overview-table").queryAs(TableView.class).getItems().size() == 4);
        TableView<?> table = robot.lookup("#trust-overview-table").queryAs(TableView.class);
        // worst first: the 0 % schools (Brook, Castle, by name), then Ashby 25 %, then the central team 0 % too
        assertThat(table.getItems()).extracting(r -> ((TrustOverviewModel.Row) r).name()).containsExactly(
                "Brook Academy", "Castle High School", "Central team", "Ashby Primary Academy");
        // school x policy: rows Ashby, Brook, Castle, central team; columns Ashby's own policy, the code
        FxTestSupport.waitUntil(() -> robot.lookup("#heat-0-1").tryQuery().isPresent());
        assertThat(text(robot, "#heat-0-1")).isEqualTo("50.0 %");
        assertThat(text(robot, "#heat-0-0")).isEqualTo("0.0 %");
        assertThat(text(robot, "#heat-1-0")).isEqualTo("\u2014"); // not Brook's policy
        assertThat(text(robot, "#heat-1-1")).isEqualTo("0.0 %");
        assertThat(robot.lookup("#heat-0-1").query().getStyleClass()).contains("rag-red");
        robot.clickOn(robot.lookup("#trust-overview-table .table-row-cell").nth(1).queryAs(Node.class));
        FxTestSupport.waitUntil(() -> ctx.school().map(s -> s.name().equals("Castle High School")).orElse(false));
        FxTestSupport.waitUntil(() -> picker(robot).getSelectionModel().getSelectedItem() != null
                && picker(robot).getSelectionModel().getSelectedItem().label().equals("Castle High School"));
        FxTestSupport.waitUntil(() -> !robot.lookup("#trust-overview").query().isVisible()
                && text(robot, "#card-ack-percent-value").equals("0.0 %"));
    }
}
