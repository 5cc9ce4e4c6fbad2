package uk.schoolcompliance.tracker.ui.common;

import java.util.function.Function;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column widths that keep a table readable on a 1280-pixel laptop: a column never narrower than its header (no
 * "Ow…", "Appr…"), a column that must stay whole kept at the width of its widest text, and a column that gives way
 * first whose cells show their whole text on hover.
 */
public final class Columns {

    /** Room for a header's padding and the sort arrow beside its text. */
    private static final double HEADER_ROOM = 30;
    /** Room for a cell's padding. */
    private static final double CELL_ROOM = 18;

    private Columns() {
    }

    /** The width of a text in the theme's font (bold for a header). */
    public static double textWidth(String text, boolean bold) {
        // the theme (AtlantaFX Primer) sets 14px on the root; the platform's default may be smaller
        Font base = Font.getDefault();
        double size = Math.max(base.getSize(), 14);
        Text t = new Text(text == null ? "" : text);
        t.setFont(Font.font(base.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    /** The column is never narrower than its header's text; returns it. */
    public static <S, T> TableColumn<S, T> headerFits(TableColumn<S, T> column) {
        column.setMinWidth(Math.max(column.getMinWidth(), textWidth(column.getText(), true) + HEADER_ROOM));
        return column;
    }

    /** The column is kept at least as wide as these texts (its widest cells) and its header. */
    public static <S, T> TableColumn<S, T> fits(TableColumn<S, T> column, Iterable<String> texts) {
        double w = 0;
        for (String s : texts) {
            w = Math.max(w, textWidth(s, false) + CELL_ROOM);
        }
        column.setMinWidth(Math.max(column.getMinWidth(), w));
        return headerFits(column);
    }

    /**
     * A text column that gives way first: never narrower than its header, and each cell's tooltip holds its whole
     * text so a shortened value can still be read on hover.
     */
    public static <S> TableColumn<S, String> shrinking(String header, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(value.apply(cd.getValue())));
        c.setCellFactory(col -> withTooltip());
        return headerFits(c);
    }

    /** A cell that shows its text and the whole of it on hover. */
    public static <S> TableCell<S, String> withTooltip() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.isBlank() ? null : new Tooltip(s));
            }
        };
    }

    /**
     * Lets a table's lower-priority columns give way when it is too narrow for every column at its minimum width
     * (beside a detail pane on a laptop): {@code lowestFirst} are hidden in that order until the rest fit, and shown
     * again as the table widens. What they hold must be readable elsewhere (the record's page).
     */
    public static void giveWay(javafx.scene.control.TableView<?> table, java.util.List<? extends TableColumn<?, ?>> lowestFirst) {
        Runnable fit = () -> {
            double width = table.getWidth() - 24; // the vertical scroll bar and borders
            if (width <= 0) {
                return;
            }
            double needed = 0;
            for (TableColumn<?, ?> c : table.getColumns()) {
                if (!lowestFirst.contains(c)) {
                    needed += c.getMinWidth();
                }
            }
            // show from the highest priority down while there is room
            for (int i = lowestFirst.size() - 1; i >= 0; i--) {
                TableColumn<?, ?> c = lowestFirst.get(i);
                boolean room = needed + c.getMinWidth() <= width;
                c.setVisible(room);
                if (room) {
                    needed += c.getMinWidth();
                } else {
                    for (int j = i - 1; j >= 0; j--) {
                        lowestFirst.get(j).setVisible(false);
                    }
                    break;
                }
            }
        };
        table.widthProperty().addListener((o, a, b) -> fit.run());
        for (TableColumn<?, ?> c : lowestFirst) {
            c.minWidthProperty().addListener((o, a, b) -> fit.run());
        }
    }
}
