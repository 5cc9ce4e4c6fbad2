package uk.schoolcompliance.tracker.ui.acknowledgements;

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

import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UncutColumns;

/**
 * The Acknowledgements page in the real window at 1280 × 800 (the usual school office laptop): no label, button,
 * header or cell is cut on any of its tabs or in its dialogs, and the names, titles, statuses and figures are never
 * cut, not even behind a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class AcknowledgementsFitTest {

    /** Seconds to wait for a dialog on a shared, heavily loaded build machine (as {@link SlowWait}). */
    private static final int SLOW = 90;

    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxTestSupport.startAtWindowSize(stage, dir);
    }

    @Test
    void nothingIsCutOnAnyTabOrDialogAt1280x800(FxRobot robot) {
        SlowWait.until(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.interact(() -> window.navigate(Destination.home(Section.ACKNOWLEDGEMENTS)));
        SlowWait.until(() -> robot.lookup("#acks-matrix").tryQuery().isPresent()
                && robot.lookup("#acks-matrix").queryAs(HeatMap.class).visibleRows() > 0);
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        List<String> cut = new ArrayList<>();
        TabPane tabs = robot.lookup("#acks-tabs").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int tab = i;
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            if (tab == 1) {
                SlowWait.until(() -> robot.lookup("#acks-outstanding").queryAs(TreeTableView.class).getRoot() != null);
            }
            robot.interact(() -> cut.addAll(CutText.under("tab " + tab, stage.getScene().getRoot())));
        }
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> {
            TreeTableView<?> tree = robot.lookup("#acks-outstanding").queryAs(TreeTableView.class);
            cut.addAll(UncutColumns.cutIn(tree, tree.getColumns().get(0)));
            cut.addAll(UncutColumns.cutIn(tree, tree.getColumns().get(5)));
        });
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.interact(() -> {
            for (String id : List.of("#acks-figures-policy", "#acks-figures-category")) {
                TableView<?> t = robot.lookup(id).queryAs(TableView.class);
                for (TableColumn<?, ?> c : t.getColumns()) {
                    if (!"Area".equals(c.getText())) {
                        cut.addAll(UncutColumns.cutIn(t, c));
                    }
                }
            }
        });

        cut.addAll(CutText.inDialog(robot, "#acks-session", "#session-names", SLOW));
        cut.addAll(CutText.inDialog(robot, "#acks-record", "#record-save", SLOW));
        cut.addAll(CutText.inDialog(robot, "#acks-import", "#import-choose", SLOW));
        assertThat(cut).as("text cut at 1280 × 800").isEmpty();
    }
}
