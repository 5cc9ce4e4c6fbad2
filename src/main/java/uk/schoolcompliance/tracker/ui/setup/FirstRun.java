package uk.schoolcompliance.tracker.ui.setup;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.app.SchoolSetupService;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The first start on a computer with no school database: the welcome screen, then either the demo
 * school, the "Set up my school" wizard, or a file the user picks; each ends in the main window.
 */
public final class FirstRun {

    private final Stage stage;
    private final UiContext ctx;
    private final Path target;
    private final BiConsumer<Path, Boolean> openMain;
    private SetupWizard wizard;

    /**
     * @param target   where "Set up my school" creates the school's file (normally the user's tracker.db)
     * @param openMain opens the main window on a file (true: build the demo school when missing)
     */
    public FirstRun(Stage stage, UiContext ctx, Path target, BiConsumer<Path, Boolean> openMain) {
        this.stage = stage;
        this.ctx = ctx;
        this.target = target;
        this.openMain = openMain;
    }

    /** Opens the main window the usual way: a new {@link MainWindow} on the stage, then the file. */
    public static BiConsumer<Path, Boolean> mainWindowOpener(Stage stage, UiContext ctx) {
        return (file, demo) -> new MainWindow(stage, ctx).open(file, demo);
    }

    public void showWelcome() {
        WelcomeView welcome = new WelcomeView(() -> openMain.accept(AppPaths.demoDatabase(), true), this::showWizard,
                this::chooseFile);
        show(welcome.node(), I18n.t("setup.welcome.window"));
    }

    public void showWizard() {
        SetupWizardViewModel vm = new SetupWizardViewModel(ctx.executor(), SchoolSetupService.defaultStaffListImporter(),
                SchoolSetupService.defaultPolicyCatalogue(), target);
        wizard = new SetupWizard(vm, stage, services -> openMain.accept(target, false), this::showWelcome);
        show(wizard.node(), I18n.t("setup.wizard.window"));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("setup.welcome.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("file.filter.db"), "*.db", "*.sqlite"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openMain.accept(chosen.toPath(), false);
        }
    }

    private void show(Parent root, String title) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.getStylesheets().add(FirstRun.class.getResource("setup.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().unbind();
        stage.setTitle(title);
    }

    /** The wizard on screen, if any (tests). */
    public SetupWizard wizard() {
        return wizard;
    }
}
