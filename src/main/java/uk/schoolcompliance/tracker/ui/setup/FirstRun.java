package uk.schoolcompliance.tracker.ui.setup;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.UserNameDialog;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

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
        uk.schoolcompliance.tracker.ui.common.AppStylesheet.onEveryWindow();
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
        WelcomeView welcome = new WelcomeView(() -> openMain.accept(AppPaths.demoDatabase(), true),
                () -> openMain.accept(AppPaths.demoTrustDatabase(), true), this::showWizard,
                this::chooseFile);
        show(welcome.node(), I18n.t("setup.welcome.window"));
    }

    public void showWizard() {
        showWizard(this::showWelcome);
    }

    private void showWizard(Runnable onCancel) {
        // the school's first records are made by whoever sets it up: ask their name first (once, if not known)
        UserNameDialog.askIfUnknown(stage, ctx).ifPresent(name -> {
            try {
                ctx.useUserName(name, reason -> Dialogs.error(stage, I18n.t("user.notRemembered", reason)));
            } catch (UserException e) {
                Dialogs.error(stage, e.getMessage());
            }
        });
        SetupWizardViewModel vm = new SetupWizardViewModel(ctx.executor(), target, ctx::actor);
        wizard = new SetupWizard(vm, ctx.clock(), stage, services -> {
            services.close(); // the main window opens the file itself
            openMain.accept(target, false);
        }, onCancel);
        show(wizard.node(), I18n.t("setup.wizard.window"));
    }

    /**
     * File &gt; New database: the same "Set up my school" wizard for a new file, in its own window over
     * {@code owner}. Cancel closes it and changes nothing; finishing closes it and hands the new file
     * to {@code open}. Returns the wizard's window (tests).
     */
    public static FirstRun newSchool(Window owner, UiContext ctx, Path file, Consumer<Path> open) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        FirstRun run = new FirstRun(window, ctx, file, (chosen, demo) -> {
            window.close();
            open.accept(chosen);
        });
        run.showWizard(window::close);
        // over its owner, as a dialog opens, so it stays on the owner's screen
        window.setOnShown(e -> {
            window.setX(owner.getX() + Math.max(0, (owner.getWidth() - window.getWidth()) / 2));
            window.setY(owner.getY() + Math.max(0, (owner.getHeight() - window.getHeight()) / 3));
        });
        window.show();
        return run;
    }

    /** The window the first run shows in. */
    public Stage stage() {
        return stage;
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
        // the first run is the main window; the new-school wizard over it opens at a size that fits a 1280 × 800
        // laptop at 125 % (1024 × 640)
        Scene scene = stage.getOwner() == null ? new Scene(root, 1280, 800) : new Scene(root, 960, 600);
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
