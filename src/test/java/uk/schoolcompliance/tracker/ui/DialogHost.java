package uk.schoolcompliance.tracker.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;

/**
 * For a test that opens one dialog on its own: a small, themed stage to own it, the dialog's OK button, and the
 * context a dialog's view model takes (services, as of the demo's anchor date, a school chosen or none, every task run
 * at once on the calling thread).
 */
public final class DialogHost {

    private DialogHost() {
    }

    /** The stage a test's dialogs are owned by, themed as the window is (TestFX's {@code @Start}). */
    public static void mount(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    /** The dialog's OK (save, record) button. */
    public static Button ok(Dialog<?> d) {
        return (Button) d.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> d.getDialogPane().lookupButton(b)).findFirst().orElseThrow();
    }

    /** A context on {@code services}, as of the demo's anchor date, with every school (a trust's "All schools"). */
    public static UiContext context(TrackerServices services) {
        return context(services, null);
    }

    /** A context on {@code services}, as of the demo's anchor date, with {@code chosen} in the school picker. */
    public static UiContext context(TrackerServices services, School chosen) {
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(services);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.schoolProperty().set(chosen);
        return ctx;
    }
}
