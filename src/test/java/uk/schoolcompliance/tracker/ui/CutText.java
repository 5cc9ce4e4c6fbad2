package uk.schoolcompliance.tracker.ui;

import java.util.ArrayList;
import java.util.List;

import org.testfx.api.FxRobot;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

/**
 * Finds text the user cannot read in full: every visible label, button, toggle, tab or table column header
 * under a node whose skin shows its text shortened with an ellipsis ("Appr…", "Record 20 signat…"). Call on the
 * FX thread after layout (e.g. inside {@code FxTestSupport.waitUntil} or {@code robot.interact}).
 * A table or list cell may shorten long text when its tooltip shows the whole of it ("long text shows in full
 * on hover"); a page test then checks separately that the title and status columns are never cut.
 */
public final class CutText {

    private CutText() {
    }

    /** One line per cut text: the node's id (or class) and what it should have said. */
    public static List<String> under(Node root) {
        root.applyCss();
        if (root instanceof javafx.scene.Parent p) {
            p.layout();
        }
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Labeled l) || !shown(l)) {
                continue;
            }
            String full = l.getText();
            if (full == null || full.isBlank()) {
                continue;
            }
            String wanted = l.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
            if (l instanceof javafx.scene.control.IndexedCell<?> && l.getTooltip() != null
                    && l.getTooltip().getText() != null && l.getTooltip().getText().contains(wanted.strip())) {
                continue;
            }
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.isVisible() && t.getText() != null
                        && !t.getText().equals(wanted) && !t.getText().equals(full)
                        && t.getText().endsWith(l.getEllipsisString())) {
                    cut.add((l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName()) + ": \"" + t.getText()
                            + "\" instead of \"" + wanted + "\"");
                }
            }
        }
        return cut;
    }

    /** {@link #under(Node)}, each line headed by where it was found ("tab 2", "by term"). */
    public static List<String> under(String where, Node root) {
        return under(root).stream().map(c -> where + " " + c).toList();
    }

    /**
     * Opens a dialog by clicking its button, waits (up to {@code seconds}) for the node {@code inside} it, lists what
     * its window cuts (each line headed "button dialog"), closes it with Escape and waits until it is gone. Call off
     * the FX thread, as a TestFX robot does.
     */
    public static List<String> inDialog(FxRobot robot, String button, String inside, int seconds) {
        robot.clickOn(button);
        FxTestSupport.waitUntil(seconds, () -> robot.lookup(inside).tryQuery().isPresent());
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(under(button + " dialog", robot.lookup(inside).query().getScene().getRoot())));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(seconds, () -> robot.lookup(inside).tryQuery().isEmpty());
        return cut;
    }

    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
