package uk.schoolcompliance.tracker.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.staff.StaffViewModel;

/** "From a figure to the names": cards, chart bars, warnings and the week's jobs open their list, filtered. */
@ExtendWith(ApplicationExtension.class)
class DashboardDrillTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    private static ComplianceCalculator calc() {
        return TestDemo.open(dir).compliance().calculator(TestDemo.AS_OF);
    }

    private static void waitForDashboard(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent()
                && robot.lookup("#bar-policy-0").tryQuery().isPresent()
                && robot.lookup("#this-week-0").tryQuery().isPresent());
    }

    /** Scrolls the dashboard so the node is in view (a robot clicks only what is on screen), then clicks it. */
    private static void clickInView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) p;
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double h = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(h <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / h)));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** The names in the outstanding tree, by group (the absent group left out). */
    private static List<String> groupTitles(FxRobot robot) {
        TreeTableView<?> tree = robot.lookup("#acks-outstanding").queryAs(TreeTableView.class);
        List<String> titles = new ArrayList<>();
        for (TreeItem<?> g : tree.getRoot().getChildren()) {
            titles.add(String.valueOf(cell(tree, g)));
        }
        return titles;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object cell(TreeTableView tree, TreeItem item) {
        return ((javafx.scene.control.TreeTableColumn) tree.getColumns().get(0)).getCellData(item);
    }

    private static int leaves(FxRobot robot, String group) {
        TreeTableView<?> tree = robot.lookup("#acks-outstanding").queryAs(TreeTableView.class);
        return tree.getRoot().getChildren().stream().filter(g -> String.valueOf(cell(tree, g)).startsWith(group))
                .mapToInt(g -> g.getChildren().size()).sum();
    }

    @Test
    void aCardOpensOnlyTheOverdueReviews(FxRobot robot) {
        waitForDashboard(robot);
        robot.clickOn("#card-reviews-overdue");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-reviews").queryAs(ToggleButton.class).isSelected()
                && !robot.lookup("#reviews-table").queryAs(TableView.class).getItems().isEmpty());
        ComplianceCalculator calc = calc();
        @SuppressWarnings("unchecked")
        TableView<ReviewService.Scheduled> table = robot.lookup("#reviews-table").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> table.getItems().size() == calc.summary().reviewsOverdue());
        assertThat(table.getItems()).extracting(s -> s.policy().title()).containsExactlyInAnyOrderElementsOf(
                calc.reviewStandings().stream().filter(s -> s.status() == ReviewStatus.OVERDUE)
                        .map(s -> s.policy().title()).toList());
    }

    @Test
    void aChartBarOpensTheOutstandingListOfThatPolicyOnly(FxRobot robot) {
        waitForDashboard(robot);
        ComplianceCalculator calc = calc();
        // bar 0: the lowest rate
        String lowest = DashboardViewModel.compute(calc).byPolicy().get(0).label();
        Policy policy = calc.data().policies().stream().filter(p -> p.title().equals(lowest)).findFirst().orElseThrow();
        long gaps = calc.obligations(policy).stream()
                .filter(o -> o.status() == ObligationStatus.DUE || o.status() == ObligationStatus.OVERDUE).count();
        clickInView(robot, "#bar-policy-0");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-acknowledgements").queryAs(ToggleButton.class).isSelected()
                && robot.lookup("#acks-outstanding").tryQuery().isPresent()
                && leaves(robot, lowest) == gaps);
        assertThat(robot.lookup("#acks-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(((Policy) robot.lookup("#acks-filter-policy").queryAs(ComboBox.class).getValue()).id())
                .isEqualTo(policy.id());
        assertThat(robot.lookup("#acks-filter-overdue").queryAs(CheckBox.class).isSelected()).isFalse();
        // only that policy's rows (and, apart, its people on long-term absence)
        assertThat(groupTitles(robot)).allMatch(t -> t.startsWith(lowest) || t.startsWith("On long-term absence"));
        assertThat(groupTitles(robot).get(0)).startsWith(lowest);
    }

    @Test
    void theNoEmailWarningOpensTheStaffWithNoEmailAddress(FxRobot robot) {
        waitForDashboard(robot);
        ComplianceCalculator calc = calc();
        List<String> noEmail = calc.data().staff().stream().filter(s -> s.inPostOn(TestDemo.AS_OF))
                .filter(s -> s.email() == null || s.email().isBlank()).map(s -> s.fullName()).toList();
        assertThat(noEmail).hasSize(1);
        // the demo's second warning is the missing e-mail address
        clickInView(robot, "#dashboard-warning-1");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-staff").queryAs(ToggleButton.class).isSelected()
                && robot.lookup("#staff-table").queryAs(TableView.class).getItems().size() == noEmail.size());
        assertThat(robot.lookup("#staff-filter-no-email").queryAs(CheckBox.class).isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        TableView<StaffViewModel.Row> table = robot.lookup("#staff-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> r.staff().fullName()).containsExactlyElementsOf(noEmail);
    }

    @Test
    void aPolicyWarningOpensThatPolicy(FxRobot robot) {
        waitForDashboard(robot);
        long id = calc().data().policies().stream().filter(p -> p.title().equals("Social Media Policy")).findFirst()
                .orElseThrow().id();
        clickInView(robot, "#dashboard-warning-0");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-policies").queryAs(ToggleButton.class).isSelected()
                && robot.lookup("#policies-table").tryQuery().map(n -> ((TableView<?>) n).getSelectionModel()
                        .getSelectedItem()).filter(r -> ((uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel.Row) r)
                        .policy().id() == id).isPresent());
    }

    @Test
    void theKeyboardOpensACardWithEnterAndAWeeksJobWithSpace(FxRobot robot) {
        waitForDashboard(robot);
        Node card = robot.lookup("#card-induction").query();
        robot.interact(card::requestFocus);
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-induction").queryAs(ToggleButton.class).isSelected());
        assertThat(robot.lookup("#induction-show-complete").queryAs(CheckBox.class).isSelected()).isFalse();

        robot.clickOn("#nav-dashboard");
        waitForDashboard(robot);
        Node job = robot.lookup("#this-week-0").query();
        assertThat(job.isFocusTraversable()).isTrue();
        robot.interact(job::requestFocus);
        robot.type(KeyCode.SPACE);
        // the most urgent job: the longest-overdue statutory review, selected among the overdue reviews
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-reviews").queryAs(ToggleButton.class).isSelected()
                && robot.lookup("#reviews-table").queryAs(TableView.class).getSelectionModel().getSelectedItem() != null);
        @SuppressWarnings("unchecked")
        TableView<ReviewService.Scheduled> table = robot.lookup("#reviews-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().policy().title()).isEqualTo("Complaints Procedure");
        assertThat(table.getItems()).allMatch(s -> s.standing().status() == ReviewStatus.OVERDUE);

        robot.clickOn("#nav-dashboard");
        waitForDashboard(robot);
        Node bar = robot.lookup("#bar-category-0").query();
        assertThat(bar.isFocusTraversable()).isTrue();
        robot.interact(bar::requestFocus);
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-acknowledgements").queryAs(ToggleButton.class).isSelected()
                && robot.lookup("#acks-filter-category").queryAs(ComboBox.class).getValue() != null);
    }
}
