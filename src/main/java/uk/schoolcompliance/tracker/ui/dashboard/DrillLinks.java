package uk.schoolcompliance.tracker.ui.dashboard;

import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;

/** How a dashboard figure (a card, a bar, a line) opens the list behind it, and says where it goes. */
final class DrillLinks {

    private DrillLinks() {
    }

    /** The bundle key of the words for where a kind of drill goes (one per {@link Drill.Kind}, checked by I18nTest). */
    static String whereKey(Drill.Kind kind) {
        return "drill." + kind.name();
    }

    /** Where a drill goes, in words for its tooltip. */
    static String where(Destination destination) {
        if (destination instanceof Drill d) {
            return I18n.t(whereKey(d.kind()));
        }
        return I18n.t("dashboard.open.record", I18n.t(destination.section().key()));
    }

    /**
     * Makes a node open something as a button does: a click, or Enter or Space when it has the focus;
     * a tooltip says where it goes, and a screen reader hears it as a button.
     */
    static void activatable(Node n, String tip, Runnable open) {
        // a chart binds its bars' focus traversal to the screen reader being on: a bar that opens a list
        // is reached by Tab whatever
        n.focusTraversableProperty().unbind();
        n.setFocusTraversable(true);
        n.accessibleRoleProperty().unbind();
        n.setAccessibleRole(AccessibleRole.BUTTON);
        n.getStyleClass().add("drill");
        n.setCursor(Cursor.HAND);
        if (n instanceof Control c) {
            c.setTooltip(new Tooltip(tip));
        } else {
            Tooltip.install(n, new Tooltip(tip));
        }
        n.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                n.requestFocus();
                open.run();
            }
        });
        n.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                open.run();
            }
        });
    }
}
