package uk.schoolcompliance.tracker.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * The stricter check beside {@link CutText} for the columns that must never be cut, tooltip or not (a table's
 * title and status): the text of every shown cell of those columns, or of a label inside it, that ends in an
 * ellipsis. Call on the FX thread after layout.
 */
public final class CutCells {

    private CutCells() {
    }

    /** One entry per cut cell of the columns with these ids: the text it should have shown. */
    public static List<String> in(TableView<?> table, Collection<String> columnIds) {
        table.applyCss();
        table.layout();
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n.isVisible() && n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && c.getTableColumn().getId() != null && columnIds.contains(c.getTableColumn().getId())
                        && !c.isEmpty())
                .flatMap(n -> ((IndexedCell<?>) n).lookupAll("*").stream())
                .filter(CutCells::elided).map(n -> ((Labeled) n).getText()).toList();
    }

    /**
     * What a page of a table (with, once something is chosen, its detail beside it) must never show in its window:
     * text cut anywhere in the window ({@link CutText}), the page running past the window's right edge, a cut cell of
     * the columns with the ids {@code neverCut} of {@code table}, or a column out of sight sideways ({@link
     * #pastTheEdge}) of the tables with these node ids that are shown. One line a fault; call on the FX thread.
     */
    public static List<String> onPage(Node page, TableView<?> table, Collection<String> neverCut, Collection<String> tableIds) {
        Scene scene = page.getScene();
        List<String> wrong = new ArrayList<>(CutText.under(scene.getRoot()));
        double right = page.localToScene(page.getLayoutBounds()).getMaxX();
        if (right > scene.getWidth()) {
            wrong.add("the page runs past the window's right edge: " + right + " > " + scene.getWidth());
        }
        in(table, neverCut).forEach(c -> wrong.add("a never-cut column cut: " + c));
        for (String id : tableIds) {
            Node shown = scene.getRoot().lookup(id);
            if (shown != null && !(shown instanceof TableView<?>)) {
                wrong.add(id + " is not a table");
            } else if (shown != null) {
                pastTheEdge((TableView<?>) shown).forEach(c -> wrong.add("a column of " + id + " out of sight: " + c));
            }
        }
        return wrong;
    }

    private static boolean elided(Node n) {
        if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isBlank() || !n.isVisible()) {
            return false;
        }
        return l.getChildrenUnmodifiable().stream().anyMatch(c -> c instanceof Text t && t.getText() != null
                && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString()));
    }

    /**
     * The headers of the visible columns that run past the table's right edge (scrolled out of sight sideways):
     * a column the user cannot see without scrolling counts as cut.
     */
    public static List<String> pastTheEdge(TableView<?> table) {
        table.applyCss();
        table.layout();
        double right = table.localToScene(table.getLayoutBounds()).getMaxX();
        return table.lookupAll(".column-header").stream()
                .filter(n -> n.isVisible() && n instanceof javafx.scene.control.skin.TableColumnHeader h
                        && h.getTableColumn() != null && h.getTableColumn().isVisible()
                        && h.getTableColumn().getColumns().isEmpty())
                .filter(n -> n.localToScene(n.getLayoutBounds()).getMaxX() > right + 1)
                .map(n -> ((javafx.scene.control.skin.TableColumnHeader) n).getTableColumn().getText()).toList();
    }
}
