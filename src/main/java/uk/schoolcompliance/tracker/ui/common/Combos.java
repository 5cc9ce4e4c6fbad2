package uk.schoolcompliance.tracker.ui.common;

import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * A choice box (a {@code ComboBox}, or ControlsFX's {@code SearchableComboBox}) that is never narrower than the
 * longest of its choices, so the chosen policy title or version ("1.0 — effective 24/11/2025 (material change)")
 * shows whole rather than ending in "…". Re-measured when the choices change. A box's prompt ("Any user", shown while
 * nothing is chosen) counts as one of its choices: it is the first text the user reads there.
 */
public final class Combos {

    /** Room beside the text: the padding and the arrow button. */
    private static final double ROOM = 64;

    private Combos() {
    }

    public static <T> void showWhole(Region box, ObservableList<T> items, Supplier<StringConverter<T>> converter) {
        Runnable fit = () -> {
            double widest = box instanceof ComboBoxBase<?> b ? ColumnFit.textWidth(b.getPromptText()) : 0;
            StringConverter<T> c = converter.get();
            for (T item : items) {
                widest = Math.max(widest, ColumnFit.textWidth(c == null ? String.valueOf(item) : c.toString(item)));
            }
            box.setMinWidth(widest + ROOM);
        };
        items.addListener((ListChangeListener<T>) ch -> fit.run());
        if (box instanceof ComboBoxBase<?> b) {
            b.promptTextProperty().addListener((o, was, now) -> fit.run());
        }
        fit.run();
    }
}
