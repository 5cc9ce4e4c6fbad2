package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.ui.help.Shortcuts;

/** The File menu's backup to any folder, F1's guide and the shortcuts table, clicked through headless. */
@ExtendWith(ApplicationExtension.class)
class FileAndHelpMenuTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @org.junit.jupiter.api.BeforeAll
    static void buildDemoFirst() {
        TestDemo.copy(dir);
    }

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    private static void ready(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
    }

    private static void closeDialogs(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(Window::hide));
    }

    @Test
    void f1OpensTheGuideToTheThreeJobs(FxRobot robot) {
        ready(robot);
        robot.clickOn("#school-name").press(KeyCode.F1).release(KeyCode.F1);
        FxTestSupport.waitUntil(() -> robot.lookup("#help-guide").tryQuery().isPresent());
        for (String job : List.of("#help-induction", "#help-signoff", "#help-pack")) {
            Node section = robot.lookup(job).<Node>query();
            long steps = robot.from(section).lookup((Node n) -> n instanceof Label l && l.getText().matches("\\d\\. .+"))
                    .queryAll().size();
            assertThat(steps).as(job).isBetween(4L, 6L);
        }
        assertThat(robot.from(robot.lookup("#help-guide").<Node>query()).lookup((Node n) -> n instanceof Label l
                && l.getText().equals("Induct a new starter")).tryQuery()).isPresent();
        closeDialogs(robot);
    }

    @Test
    void theShortcutsTableListsEveryKeyTheWindowReallyInstalls(FxRobot robot) {
        ready(robot);
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem shortcutsItem = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-shortcuts".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(shortcutsItem::fire);
        FxTestSupport.waitUntil(() -> robot.lookup("#help-shortcuts-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Shortcuts.Shortcut> table = robot.lookup("#help-shortcuts-table").queryAs(TableView.class);
        List<String> keys = table.getItems().stream().map(Shortcuts.Shortcut::keysText).toList();
        assertThat(keys).contains("Ctrl+F", "Ctrl+B", "Ctrl+O", "Ctrl+N", "Ctrl+Q", "F1", "F5", "Ctrl+1", "Ctrl+8");
        assertThat(table.getItems()).anySatisfy(s -> {
            assertThat(s.keysText()).isEqualTo("Ctrl+F");
            assertThat(s.what()).isEqualTo("Search staff and policies");
        });

        // exactly what is installed: the window's accelerators and the menus' accelerators, nothing else
        Set<KeyCombination> installed = new HashSet<>(window.stage().getScene().getAccelerators().keySet());
        for (Menu m : bar.getMenus()) {
            m.getItems().stream().map(MenuItem::getAccelerator).filter(a -> a != null).forEach(installed::add);
        }
        assertThat(table.getItems()).extracting(Shortcuts.Shortcut::keys).containsExactlyInAnyOrderElementsOf(installed);
        closeDialogs(robot);
    }

    @Test
    void theFocusRingIsATwoPixelAccentOutlineOnButtonsFieldsAndTheNavRail(FxRobot robot) {
        ready(robot);
        for (String id : List.of("#nav-staff", "#global-search", "#current-user")) {
            javafx.scene.layout.Region control = robot.lookup(id).queryAs(javafx.scene.layout.Region.class);
            robot.interact(control::requestFocus);
            FxTestSupport.waitUntil(() -> control.isFocused() && control.getBorder() != null
                    && !control.getBorder().getStrokes().isEmpty());
            var stroke = control.getBorder().getStrokes().get(0);
            assertThat(stroke.getWidths().getTop()).as(id).isEqualTo(2.0);
            assertThat(stroke.getTopStroke()).as(id).isEqualTo(stroke.getLeftStroke())
                    .isInstanceOf(javafx.scene.paint.Color.class);
            assertThat(((javafx.scene.paint.Color) stroke.getTopStroke()).getOpacity()).as(id).isEqualTo(1.0);
            assertThat(control.getInsets().getTop()).as(id + ": nothing moves").isLessThan(20);
        }
        // a row of a table shows it too
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#audit-table").tryQuery().isPresent()
                && !robot.lookup("#audit-table").queryAs(TableView.class).getItems().isEmpty());
        TableView<?> table = robot.lookup("#audit-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(0);
        });
        FxTestSupport.waitUntil(() -> robot.lookup(".table-row-cell:focused").tryQuery()
                .map(n -> ((javafx.scene.layout.Region) n).getBorder() != null
                        && ((javafx.scene.layout.Region) n).getBorder().getStrokes().get(0).getWidths().getTop() == 2.0)
                .orElse(false));
    }

    @Test
    void backUpNowWritesToTheChosenFolderOffTheFxThreadAndSaysWhere(FxRobot robot) throws Exception {
        ready(robot);
        Path usb = Files.createDirectories(dir.resolve("usb-" + System.nanoTime()));
        List<Path> offered = new ArrayList<>();
        window.chooseFoldersWith(initial -> {
            offered.add(initial);
            return usb;
        });
        robot.clickOn("#school-name").press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#done-message").tryQuery().isPresent());
        try (var files = Files.list(usb)) {
            Path written = files.filter(f -> f.getFileName().toString().endsWith("-manual.db")).findFirst().orElseThrow();
            assertThat(robot.lookup("#status-text").queryAs(Label.class).getText())
                    .isEqualTo("Backed up to " + written);
            assertThat(robot.lookup("#done-message").queryAs(DialogPane.class).getContentText())
                    .isEqualTo("Backed up to " + written);
        }
        assertThat(offered).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-backups"));
        closeDialogs(robot);

        // the database's own folder is refused in one line, and nothing is written there
        Path own = Path.of(window.viewModel().openFileProperty().get()).getParent();
        long before;
        try (var files = Files.list(own)) {
            before = files.count();
        }
        window.chooseFoldersWith(initial -> own);
        robot.clickOn("#school-name").press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent()
                && robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText() != null
                && robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()
                        .contains("this is the folder of the school's database itself"));
        try (var files = Files.list(own)) {
            assertThat(files.count()).isEqualTo(before);
        }
        closeDialogs(robot);
    }
}
