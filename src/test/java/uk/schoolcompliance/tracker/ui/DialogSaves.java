package uk.schoolcompliance.tracker.ui;

import java.nio.file.Path;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AuditFilter;

/**
 * What the tests of the dialogs that save while open (issue #18) share: a context as the app makes it (saves run on
 * the app's worker thread, never the FX thread) on a copy of the demo school; the audit log's length; typing into a
 * field and pressing a button as the user does; and a file held by another copy of the app, so a write fails.
 */
public final class DialogSaves {

    private DialogSaves() {
    }

    /** A context as the app makes it, with services on a fresh copy of the demo school. */
    public static UiContext onDemo(Path dir) {
        UiContext ctx = FxTestSupport.context(dir);
        ctx.servicesProperty().set(TestDemo.open(dir));
        return ctx;
    }

    /** How many lines the audit log holds. */
    public static int auditLines(TrackerServices s) {
        return s.repositories().auditQueries().search(AuditFilter.all(1_000_000)).size();
    }

    public static void type(FxRobot robot, String fieldId, String text) {
        TextInputControl field = robot.lookup("#" + fieldId).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    public static String text(FxRobot robot, String fieldId) {
        return robot.lookup("#" + fieldId).queryAs(TextInputControl.class).getText();
    }

    /** Presses the button as a click does (its action, through the dialog's filters). */
    public static void press(FxRobot robot, String buttonId) {
        Button b = robot.lookup("#" + buttonId).queryButton();
        robot.interact(b::fire);
    }

    /** Waits until the label says something, and gives it. */
    public static String said(FxRobot robot, String labelId) {
        Label l = robot.lookup("#" + labelId).queryAs(Label.class);
        FxTestSupport.waitUntil(() -> !l.getText().isEmpty());
        return l.getText();
    }

    /** Waits until the dialog closed (a save that succeeded). */
    public static void closed(Dialog<?> d) {
        FxTestSupport.waitUntil(() -> !d.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Another copy of the app holding the school's file for a write (as on a shared drive): every write of these
     * services fails, after the file's busy wait, until {@link AutoCloseable#close} lets it go.
     */
    public static AutoCloseable holdTheFile(TrackerServices s) throws java.sql.SQLException {
        java.sql.Connection c = s.repositories().db().newConnection();
        c.createStatement().execute("BEGIN IMMEDIATE");
        return () -> {
            c.createStatement().execute("ROLLBACK");
            c.close();
        };
    }
}
