package uk.schoolcompliance.tracker.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TreeTableCell;
import javafx.scene.text.Text;

/**
 * The cells of a column that must never be cut (a title, a status) and are, tooltip or not: unlike
 * {@link CutText}, a tooltip is no excuse here. Also looks at a label inside a cell (a status badge). Call on the FX
 * thread after layout.
 */
public final class UncutColumns {

    private UncutColumns() {
    }

    public static List<String> cutIn(Node table, TableColumnBase<?, ?> column) {
        table.applyCss();
        if (table instanceof javafx.scene.Parent p) {
            p.layout();
        }
        List<String> cut = new ArrayList<>();
        for (Node n : table.lookupAll("*")) {
            if (!(n instanceof IndexedCell<?> cell) || !cell.isVisible() || cell.isEmpty() || columnOf(cell) != column) {
                continue;
            }
            for (Node inner : cell.lookupAll("*")) {
                if (inner instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                    for (Node child : l.getChildrenUnmodifiable()) {
                        if (child instanceof Text t && t.isVisible() && t.getText() != null
                                && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString())) {
                            cut.add(column.getText() + ": \"" + t.getText() + "\" instead of \"" + l.getText() + "\"");
                        }
                    }
                }
            }
        }
        return cut;
    }

    private static Object columnOf(IndexedCell<?> cell) {
        if (cell instanceof TableCell<?, ?> c) {
            return c.getTableColumn();
        }
        if (cell instanceof TreeTableCell<?, ?> c) {
            return c.getTableColumn();
        }
        return null;
    }
}
