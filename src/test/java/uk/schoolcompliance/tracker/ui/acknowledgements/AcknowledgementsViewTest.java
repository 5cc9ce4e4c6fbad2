package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.schoolcompliance.tracker.StoreKind;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/** Runs a sign-off session through the real window and checks the heat map and the outstanding list update. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(ApplicationExtension.class)
class AcknowledgementsViewTest {

    /** The journeys run on the file and on a trust\'s server (issue 18). */
    @Parameter
    StoreKind store;

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOn(store, stage, dir);
    }

    private AcknowledgementsView openPage(FxRobot robot) {
        SlowWait.until(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.clickOn("#nav-acknowledgements");
        SlowWait.until(() -> robot.lookup("#acks-matrix").tryQuery().isPresent());
        HeatMap map = robot.lookup("#acks-matrix").queryAs(HeatMap.class);
        SlowWait.until(() -> map.visibleRows() > 0);
        return pageOf(robot);
    }

    private AcknowledgementsView pageOf(FxRobot robot) {
        javafx.scene.Node n = robot.lookup("#acks-matrix").query();
        while (n != null && !n.getStyleClass().contains("acks-page")) {
            n = n.getParent();
        }
        return (AcknowledgementsView) n.getProperties().get(AcknowledgementsView.class);
    }

    private static int row(MatrixModel m, String name) {
        for (int r = 0; r < m.rows(); r++) {
            if (m.staff(r).fullName().equals(name)) {
                return r;
            }
        }
        throw new AssertionError(name);
    }

    private static int col(MatrixModel m, String title) {
        for (int c = 0; c < m.columns(); c++) {
            if (m.policy(c).title().equals(title)) {
                return c;
            }
        }
        throw new AssertionError(title);
    }

    @Test
    void theOutstandingTabCountsLikeTheDashboardWithTheAbsentApart(FxRobot robot) {
        AcknowledgementsView page = openPage(robot);
        var s = page.viewModel().context().services().compliance().summary(uk.schoolcompliance.tracker.TestDemo.AS_OF);
        javafx.scene.control.TabPane tabs = robot.lookup("#acks-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        javafx.scene.control.TreeTableView<?> tree = robot.lookup("#acks-outstanding").queryAs(javafx.scene.control.TreeTableView.class);
        SlowWait.until(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        assertThat(robot.lookup("#acks-outstanding-count").queryAs(Label.class).getText())
                .isEqualTo(s.ackOutstanding() + " outstanding (" + s.ackOverdue() + " overdue), plus " + s.ackAbsent()
                        + " on long-term absence, not chased");
        var groups = tree.getRoot().getChildren();
        OutstandingPane.Row last = (OutstandingPane.Row) groups.get(groups.size() - 1).getValue();
        assertThat(last.title()).isEqualTo("On long-term absence, not chased");
        assertThat(groups.get(groups.size() - 1).getChildren()).hasSize(s.ackAbsent());
        // the absent's rows name the person and the policy, and are never shown as due or overdue
        javafx.scene.control.TreeTableColumn<Object, ?> name = (javafx.scene.control.TreeTableColumn<Object, ?>) tree.getColumns().get(0);
        javafx.scene.control.TreeTableColumn<Object, ?> status = (javafx.scene.control.TreeTableColumn<Object, ?>) tree.getColumns().get(5);
        var firstAbsent = ((javafx.scene.control.TreeItem<Object>) (Object) groups.get(groups.size() - 1)).getChildren().get(0);
        assertThat(String.valueOf(name.getCellObservableValue(firstAbsent).getValue())).startsWith("Thompson, Jack \u2014 ");
        assertThat(String.valueOf(status.getCellObservableValue(firstAbsent).getValue())).isEqualTo("On absence");
        assertThat(String.valueOf(status.getCellObservableValue((javafx.scene.control.TreeItem<Object>) (Object)
                groups.get(groups.size() - 1)).getValue())).isEqualTo(s.ackAbsent() + " not chased");
    }

    @Test
    void aSignOffSessionByKeyboardUpdatesTheMatrixAndTheOutstandingList(FxRobot robot) {
        AcknowledgementsView page = openPage(robot);
        AcknowledgementsViewModel vm = page.viewModel();
        MatrixModel before = vm.matrixProperty().get();
        int lewis = row(before, "Claire Lewis");
        int murphy = row(before, "Lucy Murphy");
        int capability = col(before, "Capability Policy");
        assertThat(before.status(lewis, capability)).isEqualTo(MatrixModel.OVERDUE);
        assertThat(before.status(murphy, capability)).isEqualTo(MatrixModel.OVERDUE);
        Policy policy = before.policy(capability);
        robot.interact(() -> vm.policyProperty().set(policy)); // filter the page to the policy
        SlowWait.until(() -> page.heatMap().visibleColumns() == 1);
        long outstandingBefore = vm.outstanding().size();

        robot.clickOn("#acks-session");
        SlowWait.until(() -> robot.lookup("#session-names").tryQuery().isPresent()
                && !robot.lookup("#session-names").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn("#session-filter").write("lewis").type(KeyCode.ENTER);
        robot.write("murph").type(KeyCode.ENTER);
        SlowWait.until(() -> robot.lookup("#session-count").queryAs(Label.class).getText().equals("2 ticked"));
        assertThat(robot.lookup("#session-save").queryAs(Button.class).getText()).isEqualTo("Record 2 signatures");
        robot.clickOn("#session-save");
        SlowWait.until(() -> robot.lookup("#session-names").tryQuery().isEmpty());

        SlowWait.until(() -> vm.matrixProperty().get() != before);
        MatrixModel after = vm.matrixProperty().get();
        assertThat(after.status(row(after, "Claire Lewis"), col(after, "Capability Policy"))).isEqualTo(MatrixModel.DONE);
        assertThat(after.status(row(after, "Lucy Murphy"), col(after, "Capability Policy"))).isEqualTo(MatrixModel.DONE);
        assertThat(vm.outstanding()).hasSize((int) outstandingBefore - 2);
        assertThat(vm.outstanding()).noneMatch(o -> o.staff().fullName().equals("Claire Lewis"));
        assertThat(robot.lookup("#acks-message").queryAs(Label.class).getText()).isEqualTo("Recorded 2 signatures.");
    }

    @Test
    void clickingAnOverdueCellRecordsThatAcknowledgement(FxRobot robot) {
        AcknowledgementsView page = openPage(robot);
        AcknowledgementsViewModel vm = page.viewModel();
        MatrixModel before = vm.matrixProperty().get();
        robot.interact(() -> vm.nameProperty().set("Claire Lewis"));
        SlowWait.until(() -> page.heatMap().visibleRows() == 1);
        int capability = col(before, "Capability Policy");
        int[] cols = vm.visibleColsProperty().get();
        int visibleCol = java.util.Arrays.binarySearch(cols, capability);
        HeatMap map = page.heatMap();
        double[] c = map.cellCentre(0, visibleCol);
        Point2D screen = map.localToScreen(c[0], c[1]);
        robot.clickOn(screen);
        SlowWait.until(() -> robot.lookup("#record-save").tryQuery().isPresent());
        javafx.scene.Node n = robot.lookup("#record-save").query();
        while (!(n instanceof javafx.scene.control.DialogPane)) {
            n = n.getParent();
        }
        RecordAcknowledgementViewModel dialog = ((RecordAcknowledgementDialog) n.getProperties()
                .get(RecordAcknowledgementDialog.class)).viewModel();
        SlowWait.until(() -> dialog.versionProperty().get() != null);
        assertThat(dialog.personProperty().get().fullName()).isEqualTo("Claire Lewis");
        assertThat(dialog.policyProperty().get().title()).isEqualTo("Capability Policy");
        robot.clickOn("#record-save");
        SlowWait.until(() -> vm.matrixProperty().get() != before);
        MatrixModel after = vm.matrixProperty().get();
        assertThat(after.status(row(after, "Claire Lewis"), col(after, "Capability Policy"))).isEqualTo(MatrixModel.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#acks-message").queryAs(Label.class).getText())
                .startsWith("Recorded: Claire Lewis acknowledged Capability Policy");
    }

    @Test
    void filtersNarrowTheMatrixAndTheFiguresTabShowsTallies(FxRobot robot) {
        AcknowledgementsView page = openPage(robot);
        AcknowledgementsViewModel vm = page.viewModel();
        int all = page.heatMap().visibleRows();
        robot.interact(() -> vm.categoryProperty().set(uk.schoolcompliance.tracker.domain.StaffCategory.GOVERNOR));
        SlowWait.until(() -> page.heatMap().visibleRows() < all);
        MatrixModel m = vm.matrixProperty().get();
        for (int r : vm.visibleRowsProperty().get()) {
            assertThat(m.staff(r).category()).isEqualTo(uk.schoolcompliance.tracker.domain.StaffCategory.GOVERNOR);
        }
        robot.interact(() -> vm.categoryProperty().set(null));
        robot.interact(() -> vm.overdueOnlyProperty().set(true));
        SlowWait.until(() -> robot.lookup("#acks-filter-overdue").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        for (int r : vm.visibleRowsProperty().get()) {
            boolean any = false;
            for (int c : vm.visibleColsProperty().get()) {
                any |= m.status(r, c) == MatrixModel.OVERDUE;
            }
            assertThat(any).as(m.staff(r).fullName()).isTrue();
        }
        assertThat(vm.outstanding()).allMatch(o -> o.status() == uk.schoolcompliance.tracker.domain.ObligationStatus.OVERDUE);
        robot.clickOn("Figures");
        SlowWait.until(() -> robot.lookup("#acks-figures-policy").tryQuery().isPresent());
        assertThat(vm.byPolicy()).hasSize(vm.matrixProperty().get().columns());
        javafx.scene.control.TabPane tabs = robot.lookup("#acks-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1)); // "Outstanding" is also a Figures column
        robot.clickOn("#acks-group-staff");
        SlowWait.until(() -> vm.groupByStaffProperty().get());
        javafx.scene.control.TreeTableView<?> tree = robot.lookup("#acks-outstanding").queryAs(javafx.scene.control.TreeTableView.class);
        SlowWait.until(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        assertThat(tree.getRoot().getChildren()).hasSize((int) vm.outstanding().stream().map(o -> o.staff().id()).distinct().count());
    }

    @Test
    void aSessionRecordedWithTheAsOfDateInThePastSaysSoAndOffersToShowToday(FxRobot robot) {
        AcknowledgementsView page = openPage(robot);
        AcknowledgementsViewModel vm = page.viewModel();
        java.time.LocalDate nov1 = java.time.LocalDate.of(2026, 11, 1);
        MatrixModel atAnchor = vm.matrixProperty().get();
        robot.interact(() -> robot.lookup("#as-of").queryAs(javafx.scene.control.DatePicker.class).setValue(nov1));
        SlowWait.until(() -> vm.matrixProperty().get() != atAnchor && !vm.loadingProperty().get());
        MatrixModel before = vm.matrixProperty().get();
        int capability = col(before, "Capability Policy");
        byte lewisBefore = before.status(row(before, "Claire Lewis"), capability);
        assertThat(lewisBefore).isNotEqualTo(MatrixModel.DONE);
        robot.interact(() -> vm.policyProperty().set(before.policy(capability)));

        robot.clickOn("#acks-session");
        SlowWait.until(() -> robot.lookup("#session-names").tryQuery().isPresent()
                && !robot.lookup("#session-names").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn("#session-filter").write("claire lewis").type(KeyCode.ENTER);
        SlowWait.until(() -> robot.lookup("#session-count").queryAs(Label.class).getText().equals("1 ticked"));
        robot.clickOn("#session-save");
        SlowWait.until(() -> robot.lookup("#session-names").tryQuery().isEmpty());
        SlowWait.until(() -> vm.matrixProperty().get() != before && !vm.loadingProperty().get());

        assertThat(robot.lookup("#acks-message").queryAs(Label.class).getText()).isEqualTo("Recorded 1 signature dated "
                + "24/11/2026: after the as-of date 01/11/2026, so the figures shown as of 01/11/2026 do not include it.");
        javafx.scene.control.Hyperlink showToday = robot.lookup("#acks-show-today").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(showToday.isVisible()).isTrue();
        MatrixModel stillAsOfNov1 = vm.matrixProperty().get();
        assertThat(stillAsOfNov1.status(row(stillAsOfNov1, "Claire Lewis"), col(stillAsOfNov1, "Capability Policy")))
                .isEqualTo(lewisBefore); // as of 01/11 she had not signed: hence the message

        robot.clickOn("#acks-show-today");
        SlowWait.until(() -> vm.context().asOf().equals(java.time.LocalDate.of(2026, 11, 24))
                && vm.matrixProperty().get() != stillAsOfNov1 && !vm.loadingProperty().get());
        MatrixModel today = vm.matrixProperty().get();
        assertThat(today.status(row(today, "Claire Lewis"), col(today, "Capability Policy"))).isEqualTo(MatrixModel.DONE);
        assertThat(robot.lookup("#as-of").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 24));
        assertThat(showToday.isVisible()).isFalse();
        assertThat(robot.lookup("#acks-message").queryAs(Label.class).getText())
                .isEqualTo("Showing the figures as of today, 24/11/2026.");
    }
}
