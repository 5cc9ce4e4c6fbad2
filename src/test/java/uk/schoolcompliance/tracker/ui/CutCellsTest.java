package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The page check of the fit tests itself ({@link CutCells#onPage}): it must see a never-cut column cut, a column out
 * of sight sideways, and a page wider than its window, and pass a page that fits; and a pane shown in a column
 * ({@link PaneMount#showInColumn}) gets the column's width; after each test the shared stage is back at the window's
 * size ({@link PaneMount.RestoreStage}).
 */
@ExtendWith({ApplicationExtension.class, PaneMount.RestoreStage.class})
class CutCellsTest {

    private static final String LONG = "Child Protection and Safeguarding Policy and Procedures";

    private Stage stage;
    private VBox page;
    private TableView<String> table;
    private TableColumn<String, String> title;
    private Region filler;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>();
        table.setId("fit-table");
        title = new TableColumn<>("Title");
        title.setId("fit-col-title");
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
        title.setPrefWidth(560);
        table.getColumns().add(title);
        table.getItems().add(LONG);
        filler = new Region();
        page = new VBox(table, new HBox(filler));
        PaneMount.show(stage, page, 600, 300);
    }

    private List<String> check(FxRobot robot) {
        return check(robot, page);
    }

    private List<String> check(FxRobot robot, javafx.scene.Node on) {
        List<String> wrong = new ArrayList<>();
        robot.interact(() -> wrong.addAll(CutCells.onPage(on, table, List.of("fit-col-title"), List.of("#fit-table"))));
        return wrong;
    }

    @Test
    void aPageThatFitsPasses(FxRobot robot) {
        assertThat(check(robot)).isEmpty();
    }

    @Test
    void aNeverCutColumnTooNarrowIsFound(FxRobot robot) {
        robot.interact(() -> title.setPrefWidth(120));
        assertThat(check(robot)).anySatisfy(w -> assertThat(w).isEqualTo("a never-cut column cut: " + LONG));
    }

    @Test
    void aColumnPastTheTablesRightEdgeIsFound(FxRobot robot) {
        robot.interact(() -> {
            TableColumn<String, String> wide = new TableColumn<>("Owner"); // no id, as most columns
            wide.setPrefWidth(400);
            table.getColumns().add(wide);
        });
        assertThat(check(robot)).contains("a column of #fit-table out of sight: Owner");
    }

    @Test
    void aPageWiderThanItsWindowIsFound(FxRobot robot) {
        robot.interact(() -> filler.setMinWidth(900));
        assertThat(check(robot, filler.getParent())).anySatisfy(w -> assertThat(w).startsWith("the page runs past the window's right edge: "));
    }

    @Test
    void aPaneInAColumnTakesTheColumnsWidth(FxRobot robot) {
        Label words = new Label(LONG + ", read by every member of staff each September");
        words.setWrapText(true);
        robot.interact(() -> PaneMount.showInColumn(stage, new VBox(words), 300, 400));
        robot.interact(() -> {
            assertThat(stage.getScene().getWidth()).isEqualTo(300);
            assertThat(words.getWidth()).isLessThanOrEqualTo(300);
            assertThat(CutText.under(stage.getScene().getRoot())).as("wrapped, never cut").isEmpty();
        });
    }

    @Test
    void afterEachTestTheSharedStageIsBackAtTheWindowsSize() {
        assertThat(stage.getWidth()).isLessThan(1280);
        new PaneMount.RestoreStage().afterEach(null);
        assertThat(stage.getWidth()).isEqualTo(1280);
        assertThat(stage.getHeight()).isEqualTo(800);
    }
}
