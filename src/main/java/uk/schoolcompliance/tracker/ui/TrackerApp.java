package uk.schoolcompliance.tracker.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.app.OperatorName;

/**
 * The JavaFX application. Arguments: {@code --db FILE} opens that file; {@code --demo} opens the demo
 * school (built from sample-data when missing, kept apart from the school's own database). With
 * neither, the school's own database opens; on a first start, when it does not exist yet, the
 * welcome screen offers the demo, "Set up my school" or an existing file.
 */
public final class TrackerApp extends Application {

    private FxTaskExecutor executor;

    public static void launchApp(String[] args) {
        Application.launch(TrackerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        // who is using the app is remembered on this computer (never in the school's database)
        UiContext ctx = new UiContext(executor, AppClock.system(), OperatorName.forThisComputer());
        ctx.setOpenerHost(uk.schoolcompliance.tracker.ui.common.FileOpener.hostServices(getHostServices()));
        ctx.setSchoolChoice(uk.schoolcompliance.tracker.app.SchoolChoice.forThisComputer()); // the school last chosen, per file
        // a trust's server: the last one connected to, and this user's password file (issue 18)
        ctx.setServerLogin(uk.schoolcompliance.tracker.app.ServerLogin.forThisComputer());
        ctx.setServerPreferences(uk.schoolcompliance.tracker.app.ServerPreferences.forThisComputer());
        stage.getIcons().add(new javafx.scene.image.Image(
                uk.schoolcompliance.tracker.ui.setup.FirstRun.class.getResource("app-icon.png").toExternalForm()));
        StartTarget target = target(getParameters().getRaw());
        if (target.welcome()) {
            // first start on this computer: no school database yet
            new uk.schoolcompliance.tracker.ui.setup.FirstRun(stage, ctx, target.file(),
                    uk.schoolcompliance.tracker.ui.setup.FirstRun.mainWindowOpener(stage, ctx)).showWelcome();
            stage.show();
            return;
        }
        // issue 17: the file opens on the worker thread while the FX thread builds and shows the window; the open's
        // result comes back through Platform.runLater, so after this method has returned and the window is up
        MainViewModel vm = new MainViewModel(ctx);
        if (target.server() != null) {
            vm.connect(target.server());
        } else {
            vm.open(target.file(), target.demo());
        }
        new MainWindow(stage, ctx, vm);
        stage.setMaximized(true); // the whole screen: a 1280 x 800 laptop and a 1920 x 1080 monitor alike
        stage.show();
        if (StartupReport.enabled()) {
            StartupReport.install(stage);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** The file to open; {@code welcome} when the user's own database does not exist yet (first run). */
    record StartTarget(Path file, boolean demo, boolean welcome, String server) {
        StartTarget(Path file, boolean demo, boolean welcome) {
            this(file, demo, welcome, null);
        }
    }

    static StartTarget target(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--db") && i + 1 < args.size()) {
                String db = args.get(i + 1);
                if (uk.schoolcompliance.tracker.app.TrackerServices.namesServer(db)) { // a trust's server (issue 18)
                    return new StartTarget(null, false, false, db);
                }
                return new StartTarget(Path.of(db), false, false);
            }
            if (args.get(i).equals("--demo")) {
                return new StartTarget(AppPaths.demoDatabase(), true, false);
            }
        }
        Path own = AppPaths.defaultDatabase();
        return Files.exists(own) ? new StartTarget(own, false, false) : new StartTarget(own, false, true);
    }
}
