package uk.schoolcompliance.tracker.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.app.AppInfo;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.Dialogs;
import uk.schoolcompliance.tracker.ui.dashboard.DashboardView;
import uk.schoolcompliance.tracker.ui.help.HelpDialogs;
import uk.schoolcompliance.tracker.ui.help.Shortcuts;

/**
 * The one main window: menu, top bar (school, as-of date, global search), navigation rail with
 * counts, the content area and a status bar. Layout and bindings only; state lives in
 * {@link MainViewModel}.
 */
public final class MainWindow {

    private final UiContext ctx;
    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Section, Page> pages = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final ToggleGroup nav = new ToggleGroup();
    private Section current;

    public MainWindow(Stage stage, UiContext ctx) {
        this.stage = stage;
        this.ctx = ctx;
        this.vm = new MainViewModel(ctx);
        ctx.setNavigator(this::navigate);
        root.setTop(new VBox(menuBar(), topBar()));
        root.setLeft(navRail());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(statusBar());
        Scene scene = uk.schoolcompliance.tracker.ui.common.AppStylesheet.mainScene(root); // app.css on every window
        installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        vm.errorProperty().addListener((o, a, message) -> {
            if (message != null) {
                vm.errorProperty().set(null);
                Dialogs.error(stage, message);
            }
        });
        vm.doneProperty().addListener((o, a, message) -> {
            if (message != null) {
                vm.doneProperty().set(null);
                Alert done = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
                done.initOwner(stage);
                done.setTitle(I18n.t("app.title"));
                done.setHeaderText(null);
                done.getDialogPane().setId("done-message");
                done.show();
            }
        });
        vm.restoreOfferProperty().addListener((o, a, offer) -> {
            if (offer != null) {
                vm.restoreOfferProperty().set(null);
                if (Dialogs.confirm(stage, I18n.t("safety.open.restoreOffer.header"),
                        I18n.t("safety.open.restoreOffer", offer.file().getFileName(), offer.takenAt()))) {
                    vm.acceptRestore(offer);
                }
            }
        });
        vm.askUserNameProperty().addListener((o, a, ask) -> {
            if (ask) {
                vm.askUserNameProperty().set(false);
                UserNameDialog.askIfUnknown(stage, ctx).ifPresent(vm::useUserName);
            }
        });
        ctx.revisionProperty().addListener((o, a, b) -> refreshCurrent());
        ctx.asOfProperty().addListener((o, a, b) -> refreshCurrent());
        ctx.schoolProperty().addListener((o, a, b) -> refreshCurrent());
        navigate(Destination.home(Section.DASHBOARD));
    }

    /** Pages are created on first visit. Each feature registers its page here. */
    private uk.schoolcompliance.tracker.ui.trust.SchoolPicker schoolPicker;

    private Page createPage(Section section) {
        return switch (section) {
            case DASHBOARD -> new DashboardView(ctx);
            case POLICIES -> new uk.schoolcompliance.tracker.ui.policies.PoliciesView(ctx);
            case REVIEWS -> new uk.schoolcompliance.tracker.ui.reviews.ReviewsView(ctx);
            case AUDIT -> new uk.schoolcompliance.tracker.ui.audit.AuditView(ctx);
            case REPORTS -> new uk.schoolcompliance.tracker.ui.reports.ReportsView(ctx);
            case STAFF -> new uk.schoolcompliance.tracker.ui.staff.StaffView(ctx);
            case INDUCTION -> new uk.schoolcompliance.tracker.ui.induction.InductionView(ctx);
            case ACKNOWLEDGEMENTS -> new uk.schoolcompliance.tracker.ui.acknowledgements.AcknowledgementsView(ctx);
        };
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** The top bar's choice of school (issue 16). */
    public uk.schoolcompliance.tracker.ui.trust.SchoolPicker schoolPicker() {
        return schoolPicker;
    }

    public void open(Path file, boolean demoIfMissing) {
        vm.open(file, demoIfMissing);
    }

    public void navigate(Destination destination) {
        Section section = destination.section();
        Page page = pages.computeIfAbsent(section, this::createPage);
        current = section;
        navButtons.get(section).setSelected(true);
        content.getChildren().setAll(page.node());
        if (ctx.services() != null) {
            page.refresh();
            if (!(destination instanceof Destination.Home)) {
                page.show(destination);
            }
        }
    }

    private void refreshCurrent() {
        if (current != null && ctx.services() != null) {
            pages.get(current).refresh();
        }
    }

    private MenuBar menuBar() {
        MenuItem newFile = new MenuItem(I18n.t("menu.file.new"));
        newFile.setId("menu-new");
        shortcuts.menu(newFile, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newFile.setOnAction(e -> chooseFile(true));
        MenuItem openFile = new MenuItem(I18n.t("menu.file.open"));
        openFile.setId("menu-open");
        shortcuts.menu(openFile, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        openFile.setOnAction(e -> chooseFile(false));
        MenuItem demo = new MenuItem(I18n.t("menu.file.demo"));
        demo.setOnAction(e -> open(AppPaths.demoDatabase(), true));
        MenuItem backup = new MenuItem(I18n.t("menu.file.backup"));
        backup.setId("menu-backup");
        shortcuts.menu(backup, new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        backup.setOnAction(e -> backUp());
        MenuItem restore = new MenuItem(I18n.t("menu.file.restore"));
        restore.setId("menu-restore");
        restore.setOnAction(e -> restore());
        for (MenuItem needsFile : new MenuItem[] {backup, restore}) {
            needsFile.disableProperty().bind(ctx.servicesProperty().isNull());
        }
        MenuItem user = new MenuItem(I18n.t("menu.file.user"));
        user.setId("menu-user");
        user.setOnAction(e -> changeUserName());
        MenuItem exit = new MenuItem(I18n.t("menu.file.exit"));
        shortcuts.menu(exit, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> stage.close());
        MenuItem schools = new MenuItem(I18n.t("trust.schools.menu")); // issue 16: add/rename schools, move staff
        schools.setId("menu-schools");
        schools.setOnAction(e -> {
            if (ctx.services() != null) {
                new uk.schoolcompliance.tracker.ui.trust.SchoolsDialog(stage, ctx).showAndWait();
            }
        });
        Menu file = new Menu(I18n.t("menu.file"), null, newFile, openFile, demo, new SeparatorMenuItem(), backup, restore,
                new SeparatorMenuItem(), user, schools, new SeparatorMenuItem(), exit);
        MenuItem guide = new MenuItem(I18n.t("menu.help.guide"));
        guide.setId("menu-guide");
        shortcuts.menu(guide, new KeyCodeCombination(KeyCode.F1));
        guide.setOnAction(e -> HelpDialogs.guide(stage));
        MenuItem keys = new MenuItem(I18n.t("menu.help.shortcuts"));
        keys.setId("menu-shortcuts");
        keys.setOnAction(e -> HelpDialogs.shortcuts(stage, shortcuts.all()));
        MenuItem about = new MenuItem(I18n.t("menu.help.about"));
        about.setId("menu-about");
        about.setOnAction(e -> about());
        Menu help = new Menu(I18n.t("menu.help"), null, guide, keys, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Every shortcut of the window, installed through one registry so the Help menu's table lists exactly these. */
    private final Shortcuts shortcuts = new Shortcuts();

    /** The keyboard shortcuts the window installed (menu accelerators and window-wide keys). */
    public java.util.List<Shortcuts.Shortcut> shortcuts() {
        return shortcuts.all();
    }

    /** Asks for a folder to back up to (a USB stick, a OneDrive folder), starting in the usual backup folder. */
    private java.util.function.Function<Path, Path> folderChooser = this::chooseFolder;

    private Path chooseFolder(Path initial) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
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
    void chooseFoldersWith(java.util.function.Function<Path, Path> chooser) {
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

    private uk.schoolcompliance.tracker.ui.audit.AuditViewModel restoring;

    /** The Audit log page's restore dialog, from the File menu. */
    private void restore() {
        if (ctx.services() == null) {
            return;
        }
        if (restoring == null) {
            restoring = new uk.schoolcompliance.tracker.ui.audit.AuditViewModel(ctx);
            restoring.statusProperty().addListener((o, a, message) -> vm.statusProperty().set(message));
            restoring.errorProperty().addListener((o, a, message) -> {
                if (message != null) {
                    restoring.errorProperty().set(null);
                    Dialogs.error(stage, message);
                }
            });
        }
        uk.schoolcompliance.tracker.ui.audit.RestoreDialog.show(stage, restoring);
    }

    /** Who is using the app: the same dialog as on the first start, with the name in use. */
    public void changeUserName() {
        UserNameDialog.change(stage, ctx).ifPresent(vm::useUserName);
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
                uk.schoolcompliance.tracker.ui.setup.FirstRun.newSchool(stage, ctx, chosen.toPath(), f -> vm.open(f, false));
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

    private Node topBar() {
        Label school = uk.schoolcompliance.tracker.ui.common.Forms.wholeLabel("", 0); // whole at 125 %: the search shrinks
        school.setId("school-name");
        school.getStyleClass().add("school-name");
        school.textProperty().bind(vm.schoolNameProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label asOfLabel = uk.schoolcompliance.tracker.ui.common.Forms.wholeLabel(I18n.t("top.asOf"), 0);
        DatePicker asOf = DateFields.asOf(ctx.asOf(), ctx::today);
        asOf.setId("as-of");
        asOf.valueProperty().addListener((o, a, d) -> {
            if (d != null) {
                ctx.asOfProperty().set(d);
            }
        });
        ctx.asOfProperty().addListener((o, a, d) -> asOf.setValue(d)); // pages may move the date too
        asOfLabel.setLabelFor(asOf);
        asOfLabel.setMnemonicParsing(true);
        CustomTextField search = new CustomTextField();
        search.setId("global-search");
        search.setPromptText(I18n.t("top.search.prompt"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(280);
        TextFields.bindAutoCompletion(search, request -> vm.search(request.getUserText()))
                .setOnAutoCompleted(e -> {
                    MainViewModel.SearchHit hit = e.getCompletion();
                    search.clear();
                    navigate(hit.destination());
                });
        this.searchField = search;
        Button user = new uk.schoolcompliance.tracker.ui.common.WholeButton();
        user.setId("current-user");
        user.getStyleClass().addAll(Styles.FLAT, "current-user");
        user.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_EDIT_OUTLINE));
        user.textProperty().bind(vm.currentUserProperty());
        user.setTooltip(new javafx.scene.control.Tooltip(I18n.t("user.current.tip")));
        user.setOnAction(e -> changeUserName());
        schoolPicker = new uk.schoolcompliance.tracker.ui.trust.SchoolPicker(ctx); // issue 16: hidden for one school
        HBox bar = new HBox(12, school, schoolPicker, spacer, user, asOfLabel, asOf, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private CustomTextField searchField;

    private Node navRail() {
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        rail.setPadding(new Insets(12, 8, 12, 8));
        int index = 1;
        for (Section s : Section.values()) {
            ToggleButton b = new ToggleButton(I18n.t(s.key()));
            b.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setGraphic(new FontIcon(s.icon()));
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setTooltip(new javafx.scene.control.Tooltip(I18n.t(s.key()) + " (Ctrl+" + index++ + ")"));
            Label badge = new Label();
            badge.getStyleClass().add("nav-badge");
            badge.textProperty().bind(vm.count(s).asString());
            badge.visibleProperty().bind(vm.count(s).greaterThan(0));
            badge.setMinWidth(Region.USE_PREF_SIZE);
            b.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(b, badge);
            HBox.setHgrow(b, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            b.setOnAction(e -> {
                b.setSelected(true);
                navigate(Destination.home(s));
            });
            navButtons.put(s, b);
            rail.getChildren().add(row);
        }
        rail.setPrefWidth(280);
        rail.setMinWidth(Region.USE_PREF_SIZE);
        return rail;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(120);
        busy.setVisible(false);
        if (ctx.executor() instanceof FxTaskExecutor fx) {
            busy.visibleProperty().bind(fx.runningProperty().greaterThan(0));
        }
        HBox bar = new HBox(12, new FontIcon(MaterialDesignS.SCHOOL_OUTLINE), status, spacer, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void installShortcuts(Scene scene) {
        Section[] all = Section.values();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8};
        for (int i = 0; i < all.length && i < digits.length; i++) {
            Section s = all[i];
            shortcuts.scene(scene, new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    I18n.t("help.shortcut.nav", I18n.t(s.key())), () -> navigate(Destination.home(s)));
        }
        shortcuts.scene(scene, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                I18n.t("help.shortcut.search"), () -> searchField.requestFocus());
        shortcuts.scene(scene, new KeyCodeCombination(KeyCode.F5), I18n.t("help.shortcut.refresh"), ctx::dataChanged);
        shortcuts.provided(new KeyCodeCombination(KeyCode.F10), I18n.t("help.shortcut.menu")); // the MenuBar's own
    }

    public Stage stage() {
        return stage;
    }
}
