package uk.schoolcompliance.tracker.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.app.AppInfo;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.ui.audit.AuditViewModel;
import uk.schoolcompliance.tracker.ui.audit.RestoreDialog;
import uk.schoolcompliance.tracker.ui.common.Dialogs;
import uk.schoolcompliance.tracker.ui.help.HelpDialogs;
import uk.schoolcompliance.tracker.ui.help.Shortcuts;
import uk.schoolcompliance.tracker.ui.setup.FirstRun;
import uk.schoolcompliance.tracker.ui.trust.SchoolsDialog;

/**
 * The window's menu bar and what its items do: File (a new school, open a file, the demo, back up to a folder,
 * restore, who is using the app, the schools of a trust, exit) and Help (the guide, the shortcuts, about). Each
 * accelerator goes through the window's {@link Shortcuts}, so the Help menu's table lists exactly these.
 */
final class WindowMenus {

    private final Stage stage;
    private final UiContext ctx;
    private final MainViewModel vm;
    private final Shortcuts shortcuts;
    private final MenuBar bar;
    /** Asks for a folder to back up to (a USB stick, a OneDrive folder), starting in the usual backup folder. */
    private Function<Path, Path> folderChooser = this::chooseFolder;
    private AuditViewModel restoring;

    WindowMenus(Stage stage, UiContext ctx, MainViewModel vm, Shortcuts shortcuts) {
        this.stage = stage;
        this.ctx = ctx;
        this.vm = vm;
        this.shortcuts = shortcuts;
        this.bar = new MenuBar(fileMenu(), helpMenu());
        bar.setId("menu-bar");
    }

    MenuBar node() {
        return bar;
    }

    private Menu fileMenu() {
        MenuItem newFile = item("menu.file.new", "menu-new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newFile.setOnAction(e -> chooseFile(true));
        MenuItem openFile = item("menu.file.open", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        openFile.setOnAction(e -> chooseFile(false));
        MenuItem connect = uk.schoolcompliance.tracker.ui.server.ServerWindow.menuItem(stage, ctx, vm); // issue 18
        MenuItem demo = item("menu.file.demo", null, null);
        demo.setOnAction(e -> vm.open(AppPaths.demoDatabase(), true));
        MenuItem backup = item("menu.file.backup", "menu-backup", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        backup.setOnAction(e -> backUp());
        MenuItem restore = item("menu.file.restore", "menu-restore", null);
        restore.setOnAction(e -> restore());
        for (MenuItem needsFile : new MenuItem[] {backup, restore}) {
            needsFile.disableProperty().bind(ctx.servicesProperty().isNull());
        }
        MenuItem user = item("menu.file.user", "menu-user", null);
        user.setOnAction(e -> changeUserName());
        MenuItem exit = item("menu.file.exit", null, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> stage.close());
        MenuItem schools = item("trust.schools.menu", "menu-schools", null); // issue 16: add/rename schools, move staff
        schools.setOnAction(e -> {
            if (ctx.services() != null) {
                new SchoolsDialog(stage, ctx).showAndWait();
            }
        });
        return new Menu(I18n.t("menu.file"), null, newFile, openFile, connect, demo, new SeparatorMenuItem(), backup, restore,
                new SeparatorMenuItem(), user, schools, new SeparatorMenuItem(), exit);
    }

    private Menu helpMenu() {
        MenuItem guide = item("menu.help.guide", "menu-guide", new KeyCodeCombination(KeyCode.F1));
        guide.setOnAction(e -> HelpDialogs.guide(stage));
        MenuItem keys = item("menu.help.shortcuts", "menu-shortcuts", null);
        keys.setOnAction(e -> HelpDialogs.shortcuts(stage, shortcuts.all()));
        MenuItem about = item("menu.help.about", "menu-about", null);
        about.setOnAction(e -> about());
        return new Menu(I18n.t("menu.help"), null, guide, keys, new SeparatorMenuItem(), about);
    }

    /** A menu item with its words, its node id (or none) and its accelerator (or none), registered as a shortcut. */
    private MenuItem item(String key, String id, KeyCombination keys) {
        MenuItem item = new MenuItem(I18n.t(key));
        if (id != null) {
            item.setId(id);
        }
        if (keys != null) {
            shortcuts.menu(item, keys);
        }
        return item;
    }

    /** Who is using the app: the same dialog as on the first start, with the name in use. */
    void changeUserName() {
        UserNameDialog.change(stage, ctx).ifPresent(vm::useUserName);
    }

    private Path chooseFolder(Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.t("help.backup.choose"));
        Path start = initial;
        while (start != null && !start.toFile().isDirectory()) {
            start = start.getParent();
        }
        chooser.setInitialDirectory(start == null ? null : start.toFile());
        File chosen = chooser.showDialog(stage);
        return chosen == null ? null : chosen.toPath();
    }

    /** Tests choose the folder without the system's folder dialog. */
    void chooseFoldersWith(Function<Path, Path> chooser) {
        this.folderChooser = chooser;
    }

    private void backUp() {
        if (ctx.services() == null) {
            return;
        }
        Path folder = folderChooser.apply(ctx.services().backups().folder());
        if (folder != null) {
            vm.backUpTo(folder);
        }
    }

    /** The Audit log page's restore dialog, from the File menu. */
    private void restore() {
        if (ctx.services() == null) {
            return;
        }
        if (restoring == null) {
            restoring = new AuditViewModel(ctx);
            restoring.statusProperty().addListener((o, a, message) -> vm.statusProperty().set(message));
            restoring.errorProperty().addListener((o, a, message) -> {
                if (message != null) {
                    restoring.errorProperty().set(null);
                    Dialogs.error(stage, message);
                }
            });
        }
        RestoreDialog.show(stage, restoring);
    }

    private void chooseFile(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t(create ? "menu.file.new" : "menu.file.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("file.filter.db"), "*.db", "*.sqlite"));
        chooser.setInitialDirectory(AppPaths.dataFolder().toFile().isDirectory() ? AppPaths.dataFolder().toFile() : null);
        File chosen = create ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (chosen != null) {
            if (create && chosen.exists()) {
                Dialogs.error(stage, I18n.t("error.new.exists", chosen));
                return;
            }
            if (create) { // a new file is a new school: the same wizard as on first run, then this window opens it
                FirstRun.newSchool(stage, ctx, chosen.toPath(), f -> vm.open(f, false));
                return;
            }
            vm.open(chosen.toPath(), false);
        }
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, I18n.t("about.text", AppInfo.version(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "21")), ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(I18n.t("menu.help.about"));
        alert.setHeaderText(I18n.t("app.title") + " " + AppInfo.version());
        alert.showAndWait();
    }
}
