package uk.schoolcompliance.tracker.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.ui.CutCells;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The policy table with its filters alone, as narrow as it is beside a policy's page on a 1280-pixel laptop: no
 * header, status or title is shortened, the statutory mark shows, and the filter narrows the list.
 */
@ExtendWith(ApplicationExtension.class)
class PolicyTablePaneTest {

    @TempDir
    static Path dir;

    private PoliciesViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(TestDemo.open(dir));
        vm = new PoliciesViewModel(ctx);
        vm.load();
        PolicyTablePane pane = new PolicyTablePane(vm, null);
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 600, 700));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<PoliciesViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#policies-table").queryAs(TableView.class);
    }

    @Test
    void nothingThatMattersIsCutAndTheStatutoryMarkShows(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(32);
        robot.interact(() -> {
            assertThat(CutText.under(robot.lookup("#policies-table").query().getParent())).isEmpty();
            assertThat(CutCells.in(table(robot), List.of("policies-col-status", "policies-col-title", "policies-col-statutory",
                    "policies-col-next"))).as("title, status, mark and date cells, tooltip or not").isEmpty();
        });
        long marks = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "policies-col-statutory".equals(c.getTableColumn().getId()))
                .filter(c -> "\u2696".equals(c.getText())).count();
        assertThat(marks).isPositive();
    }

    @Test
    void theFilterNarrowsTheListAndTheCountSaysSo(FxRobot robot) {
        robot.clickOn("#policies-filter").write("Child Protection");
        assertThat(table(robot).getItems()).extracting(PoliciesViewModel.Row::title)
                .containsExactly("Child Protection and Safeguarding Policy");
        assertThat(robot.lookup("#policies-count").queryAs(Label.class).getText()).startsWith("1 ");
    }
}
