package uk.schoolcompliance.tracker.ui.common;

import java.util.Collection;
import java.util.function.Function;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * How a table column keeps its text readable on a 1280-pixel laptop: a column whose text must never be cut (a
 * title, a status, a number) gets a minimum width from its header and its longest value; a lower-priority column may
 * shrink, and its cells then show the whole text in a tooltip ("long text shows in full on hover").
 */
public final class ColumnFit {

    /** Room a header needs beside its text: its padding and the sort arrow. */
    private static final double HEADER_ROOM = 34;
    /** Room a cell needs beside its text: its padding. */
    private static final double CELL_ROOM = 24;

    private ColumnFit() {
    }

    /** The width of a text in the app's font (14 px, {@code app.css}), rounded up, with a little to spare. */
    public static double textWidth(String text) {
        return textWidth(text, false);
    }

    /** The width of a text in the app's font, in bold (a group's heading row) or not. */
    public static double textWidth(String text, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, 14));
        return Math.ceil(t.getLayoutBounds().getWidth() * 1.06);
    }

    /** The column is never narrower than its header. */
    public static void headerWhole(TableColumnBase<?, ?> column) {
        column.setMinWidth(Math.max(column.getMinWidth(), textWidth(column.getText()) + HEADER_ROOM));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
    }

    /**
     * The column is never narrower than its header nor than the longest of {@code values} (plus {@code graphic}
     * pixels for an icon beside the text), so none of them is ever cut.
     */
    public static void keepWhole(TableColumnBase<?, ?> column, Collection<String> values, double graphic) {
        keepWhole(column, values, graphic, false);
    }

    /** As {@link #keepWhole(TableColumnBase, Collection, double)}, the values shown in bold when {@code bold}. */
    public static void keepWhole(TableColumnBase<?, ?> column, Collection<String> values, double graphic, boolean bold) {
        double widest = 0;
        for (String v : values) {
            widest = Math.max(widest, textWidth(v, bold));
        }
        column.setMinWidth(Math.max(textWidth(column.getText()) + HEADER_ROOM, widest + graphic + CELL_ROOM));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
    }

    /** A table cell showing its text, and the whole of it in a tooltip when the column is too narrow for it. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> tooltipCells() {
        return c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item;
                setText(text);
                setTooltip(text == null || text.isBlank() ? null : new Tooltip(text));
            }
        };
    }

    /** A tree table cell showing its text, and the whole of it in a tooltip. */
    public static <S> Callback<TreeTableColumn<S, String>, TreeTableCell<S, String>> treeTooltipCells() {
        return c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item;
                setText(text);
                setTooltip(text == null || text.isBlank() ? null : new Tooltip(text));
            }
        };
    }

    /**
     * Columns by priority: while the table is too narrow for every column at its minimum width, the columns of
     * {@code lowestFirst} are hidden, lowest priority first, so the rest (the title, the status) keep their whole
     * text; widening the window shows them again. Refitted when the table's width or a column's minimum changes.
     */
    public static void dropByPriority(javafx.scene.layout.Region table, Collection<? extends TableColumnBase<?, ?>> all,
            java.util.List<? extends TableColumnBase<?, ?>> lowestFirst) {
        javafx.beans.InvalidationListener fit = o -> {
            double room = table.getWidth() - 18; // the vertical scroll bar
            if (room <= 0) {
                return;
            }
            double needed = 0;
            for (TableColumnBase<?, ?> c : all) {
                needed += c.getMinWidth();
            }
            for (TableColumnBase<?, ?> c : lowestFirst) {
                boolean drop = needed > room;
                c.setVisible(!drop);
                if (drop) {
                    needed -= c.getMinWidth();
                }
            }
        };
        table.widthProperty().addListener(fit);
        for (TableColumnBase<?, ?> c : all) {
            c.minWidthProperty().addListener(fit);
        }
    }

    /** The texts a function gives for each of {@code items}. */
    public static <S> java.util.List<String> texts(Collection<? extends S> items, Function<S, String> f) {
        return items.stream().map(f).filter(java.util.Objects::nonNull).toList();
    }
}
