package uk.schoolcompliance.tracker.ui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.common.Dialogs;
import uk.schoolcompliance.tracker.ui.dashboard.DashboardView;
import uk.schoolcompliance.tracker.ui.help.Shortcuts;
import uk.schoolcompliance.tracker.ui.trust.SchoolPicker;

/**
 * The one main window: it puts together the menus ({@link WindowMenus}), the top bar ({@link TopBar}), the
 * navigation rail ({@link NavRail}) and the status bar ({@link StatusBar}) around the content area, hosts the pages
 * (made on first visit, refreshed after every write and on a new date or school), installs the window-wide
 * shortcuts and shows what {@link MainViewModel} asks to be shown (an error, a done message, the offer to restore,
 * the question who is using the app). Layout and bindings only; state lives in the view model.
 */
public final class MainWindow {

    private final UiContext ctx;
    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Section, Page> pages = new EnumMap<>(Section.class);
    /** Every shortcut of the window, installed through one registry so the Help menu's table lists exactly these. */
    private final Shortcuts shortcuts = new Shortcuts();
    private final WindowMenus menus;
    private final TopBar topBar;
    private final NavRail navRail;
    private Section current;

    public MainWindow(Stage stage, UiContext ctx) {
        this(stage, ctx, new MainViewModel(ctx));
    }

    public MainWindow(Stage stage, UiContext ctx, MainViewModel vm) { // vm may be opening the file already (issue 17)
        this.stage = stage;
        this.ctx = ctx;
        this.vm = vm;
        ctx.setNavigator(this::navigate);
        menus = new WindowMenus(stage, ctx, vm, shortcuts);
        topBar = new TopBar(ctx, vm, this::navigate, this::changeUserName);
        navRail = new NavRail(vm, this::navigate);
        root.setTop(new VBox(menus.node(), topBar.node(), uk.schoolcompliance.tracker.ui.server.ServerWindow.banner(ctx)));
        root.setLeft(navRail.node());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(StatusBar.of(ctx, vm));
        Scene scene = uk.schoolcompliance.tracker.ui.common.AppStylesheet.mainScene(root); // app.css on every window
        installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        showWhatTheViewModelAsks();
        ctx.revisionProperty().addListener((o, a, b) -> refreshCurrent());
        ctx.asOfProperty().addListener((o, a, b) -> refreshCurrent());
        ctx.schoolProperty().addListener((o, a, b) -> refreshCurrent());
        // another login (#19): a page its role does not include says so, and one it does comes back
        ctx.servicesProperty().addListener((o, a, b) -> {
            if (current != null && (limit(current).isPresent()
                    || content.lookup("#role-limit-message") != null)) {
                navigate(Destination.home(current));
            }
        });
        new LiveUpdates(ctx, () -> current, section -> refreshCurrent(), vm::refreshCounts); // issue #19: others' changes
        navigate(Destination.home(Section.DASHBOARD));
    }

    private void showWhatTheViewModelAsks() {
        vm.errorProperty().addListener((o, a, message) -> {
            if (message != null) {
                vm.errorProperty().set(null);
                Dialogs.error(stage, message); // a lost server is said by the banner instead (Dialogs.error skips it)
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
    }

    /** Pages are created on first visit. Each feature registers its page here. */
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
    public SchoolPicker schoolPicker() {
        return topBar.schoolPicker();
    }

    public void open(Path file, boolean demoIfMissing) {
        vm.open(file, demoIfMissing);
    }

    public void navigate(Destination destination) {
        Section section = destination.section();
        current = section;
        navRail.select(section);
        Optional<String> limit = limit(section);
        if (limit.isPresent()) {
            content.getChildren().setAll(RoleLimits.page(limit.get())); // #19: not an error from the server
            return;
        }
        Page page = pages.computeIfAbsent(section, this::createPage);
        content.getChildren().setAll(page.node());
        if (ctx.services() != null) {
            page.refresh();
            if (!(destination instanceof Destination.Home)) {
                page.show(destination);
            }
        }
    }

    /** What the connected login's role says instead of the section's page (#19), if anything. */
    private Optional<String> limit(Section section) {
        var services = ctx.services();
        return services == null ? Optional.empty() : RoleLimits.limit(section, services.serverAccess().role());
    }

    private void refreshCurrent() {
        if (current != null && ctx.services() != null && limit(current).isEmpty() && pages.containsKey(current)) {
            pages.get(current).refresh();
        }
    }

    /** The keyboard shortcuts the window installed (menu accelerators and window-wide keys). */
    public List<Shortcuts.Shortcut> shortcuts() {
        return shortcuts.all();
    }

    /** Tests choose the folder without the system's folder dialog. */
    void chooseFoldersWith(Function<Path, Path> chooser) {
        menus.chooseFoldersWith(chooser);
    }

    private void showErrors(javafx.beans.property.StringProperty error) { // each error set, in a dialog, then cleared
        error.addListener((o, a, message) -> {
            if (message != null) {
                error.set(null);
                Dialogs.error(stage, message);
            }
        });
    }

    /** Who is using the app: the same dialog as on the first start, with the name in use. */
    public void changeUserName() {
        menus.changeUserName();
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
                I18n.t("help.shortcut.search"), () -> topBar.search().requestFocus());
        shortcuts.scene(scene, new KeyCodeCombination(KeyCode.F5), I18n.t("help.shortcut.refresh"), ctx::dataChanged);
        shortcuts.provided(new KeyCodeCombination(KeyCode.F10), I18n.t("help.shortcut.menu")); // the MenuBar's own
    }

    public Stage stage() {
        return stage;
    }
}
