package uk.schoolcompliance.tracker.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import uk.schoolcompliance.tracker.ui.I18n;

/** Labels and rows of the app's forms and dialogs. */
public final class Forms {

    private Forms() {
    }

    /**
     * A field's label from the bundle: tied to the field (screen readers, and Alt + the underlined
     * letter when the text has a "_" mnemonic), never shortened to "…".
     */
    public static Label label(String key, Node field) {
        Label l = new Label(I18n.t(key));
        l.setLabelFor(field);
        l.setMnemonicParsing(true);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * Adds a label (at least {@code labelMinWidth} wide, and never narrower than its own text, so a long label such as
     * "Next review (by hand)" is never cut to "…") and its field as row {@code r}; returns the next row.
     * A {@link DateField} takes the label as its name in messages ("Effective from: '31/11/2026' is not a date").
     */
    public static int row(GridPane g, int r, String labelKey, Node field, double labelMinWidth) {
        return row(g, r, 0, labelKey, field, labelMinWidth);
    }

    /** As {@link #row(GridPane, int, String, Node, double)}, the label in grid column {@code col}, its field beside it. */
    public static int row(GridPane g, int r, int col, String labelKey, Node field, double labelMinWidth) {
        Label l = wholeLabel(I18n.t(labelKey), labelMinWidth);
        if (field instanceof DateField date && date.getFieldName() == null) {
            date.setFieldName(l.getText().replace("_", ""));
        }
        l.setLabelFor(field);
        g.add(l, col, r);
        g.add(field, col + 1, r);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return r + 1;
    }

    /** A label at least {@code minWidth} wide and never narrower than its whole text. */
    public static Label wholeLabel(String text, double minWidth) {
        return new Label(text) {
            @Override
            protected double computeMinWidth(double height) {
                return Math.max(minWidth, computePrefWidth(height));
            }
        };
    }
}
