package uk.schoolcompliance.tracker.ui.staff;

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

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.CutCells;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The staff register's table with its filters alone, as wide as it is beside a person's page on a 1280-pixel
 * laptop: no header, name or status is shortened, a shortened job title or e-mail shows in full on hover, the
 * filter narrows the list and a double click asks to edit.
 */
@ExtendWith(ApplicationExtension.class)
class StaffTablePaneTest {

    @TempDir
    static Path dir;

    private StaffViewModel vm;
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(TestDemo.open(dir));
        vm = new StaffViewModel(ctx);
        StaffTablePane pane = new StaffTablePane(vm, ctx::asOf, new StaffTablePane.Actions() {
            @Override
            public void edit() {
                asked.add("edit");
            }

            @Override
            public void markLeaver() {
                asked.add("leaver");
            }

            @Override
            public void recordAbsence() {
                asked.add("absence");
            }

            @Override
            public void induction(StaffMember s) {
                asked.add("induction");
            }
        });
        vm.load();
        Parent node = (Parent) pane.node();
        node.getStylesheets().add(StaffView.class.getResource("staff.css").toExternalForm());
        stage.setScene(new Scene(node, 640, 700));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<StaffViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#staff-table").queryAs(TableView.class);
    }

    @Test
    void nameAndStatusAreNeverCutAndWhatGivesWayShowsInFullOnHover(FxRobot robot) {
        assertThat(table(robot).getItems()).isNotEmpty();
        robot.interact(() -> {
            assertThat(CutText.under(robot.lookup("#staff-table").query().getParent())).isEmpty();
            assertThat(CutCells.in(table(robot), List.of("staff-col-name", "staff-col-status", "staff-col-start",
                    "staff-col-category"))).isEmpty();
        });
        // the e-mail column gives way: its cells carry the whole address
        TableCell<?, ?> email = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "staff-col-email".equals(c.getTableColumn().getId()))
                .filter(c -> c.getText() != null && c.getText().contains("@")).findFirst().orElseThrow();
        assertThat(email.getTooltip().getText()).isEqualTo(email.getText());
    }

    @Test
    void theFilterNarrowsTheListAndADoubleClickAsksToEdit(FxRobot robot) {
        int all = table(robot).getItems().size();
        StaffMember first = table(robot).getItems().get(0).staff();
        robot.clickOn("#staff-filter").write(first.familyName());
        assertThat(table(robot).getItems()).isNotEmpty().hasSizeLessThan(all)
                .allMatch(r -> r.staff().fullName().contains(first.familyName())
                        || String.valueOf(r.staff().email()).contains(first.familyName().toLowerCase()));
        assertThat(robot.lookup("#staff-count").queryAs(Label.class).getText())
                .isEqualTo(table(robot).getItems().size() + " of " + vm.rows().size());
        javafx.scene.control.TableRow<?> row = robot.lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> !r.isEmpty()).query();
        robot.doubleClickOn(row);
        assertThat(asked).containsExactly("edit");
        assertThat(vm.detailProperty().get()).isNotNull();
    }
}
