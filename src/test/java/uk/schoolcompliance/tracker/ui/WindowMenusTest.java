package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.ui.help.Shortcuts;

/**
 * The menu bar mounted on its own: its items, their accelerators all registered as the window's shortcuts, backup and
 * restore only with a file open, and a backup written to the folder chosen.
 */
@ExtendWith({ApplicationExtension.class, PaneMount.RestoreStage.class})
class WindowMenusTest {

    @TempDir
    static Path dir;

    private final Shortcuts shortcuts = new Shortcuts();
    private UiContext ctx;
    private MainViewModel vm;
    private WindowMenus menus;

    @Start
    void start(Stage stage) {
        ctx = PaneMount.demo(dir);
        vm = new MainViewModel(ctx);
        menus = new WindowMenus(stage, ctx, vm, shortcuts);
        PaneMount.show(stage, new VBox(menus.node()), 600, 80);
    }

    private MenuItem item(String id) {
        return menus.node().getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void fileAndHelpWithEveryAcceleratorListedAsAShortcut() {
        assertThat(menus.node().getMenus()).extracting(Menu::getText).containsExactly("_File", "_Help"); // Alt+F, Alt+H
        for (String id : List.of("menu-new", "menu-open", "menu-backup", "menu-restore", "menu-user", "menu-schools",
                "menu-guide", "menu-shortcuts")) {
            assertThat(item(id).getText()).as(id).isNotBlank();
        }
        List<KeyCombination> accelerators = menus.node().getMenus().stream().flatMap(m -> m.getItems().stream())
                .map(MenuItem::getAccelerator).filter(Objects::nonNull).toList();
        assertThat(accelerators).extracting(KeyCombination::getDisplayText).hasSize(5);
        assertThat(shortcuts.all()).extracting(Shortcuts.Shortcut::keys).containsExactlyElementsOf(accelerators);
        assertThat(item("menu-backup").getAccelerator().getName()).isEqualTo("Shortcut+B");
        assertThat(item("menu-guide").getAccelerator().getName()).isEqualTo("F1");
    }

    @Test
    void backupAndRestoreWaitForAnOpenFile(FxRobot robot) {
        assertThat(item("menu-backup").isDisable()).isFalse();
        assertThat(item("menu-restore").isDisable()).isFalse();
        robot.interact(() -> ctx.servicesProperty().set(null));
        assertThat(item("menu-backup").isDisable()).isTrue();
        assertThat(item("menu-restore").isDisable()).isTrue();
        robot.interact(() -> ctx.servicesProperty().set(TestDemo.open(dir)));
        assertThat(item("menu-backup").isDisable()).isFalse();
    }

    @Test
    void backUpOffersTheBackupFolderAndWritesToTheFolderChosen(FxRobot robot) throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        List<Path> offered = new ArrayList<>();
        menus.chooseFoldersWith(initial -> {
            offered.add(initial);
            return usb;
        });
        robot.interact(item("menu-backup")::fire);
        assertThat(offered).containsExactly(ctx.services().backups().folder());
        try (var files = Files.list(usb)) {
            Path written = files.filter(f -> f.getFileName().toString().endsWith("-manual.db")).findFirst().orElseThrow();
            assertThat(vm.statusProperty().get()).isEqualTo("Backed up to " + written);
        }

        offered.clear();
        menus.chooseFoldersWith(initial -> {
            offered.add(initial);
            return null; // the folder dialog cancelled: nothing happens
        });
        robot.interact(() -> vm.statusProperty().set(""));
        robot.interact(item("menu-backup")::fire);
        assertThat(offered).hasSize(1);
        assertThat(vm.statusProperty().get()).isEmpty();
    }
}
