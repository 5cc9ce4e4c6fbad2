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
     * Adds a label (at least {@code labelMinWidth} wide) and its field as row {@code r}; returns the next row.
     * A {@link DateField} takes the label as its name in messages ("Effective from: '31/11/2026' is not a date").
     */
    public static int row(GridPane g, int r, String labelKey, Node field, double labelMinWidth) {
        Label l = new Label(I18n.t(labelKey));
        if (field instanceof DateField date && date.getFieldName() == null) {
            date.setFieldName(l.getText().replace("_", ""));
        }
        l.setLabelFor(field);
        l.setMinWidth(labelMinWidth);
        g.add(l, 0, r);
        g.add(field, 1, r);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return r + 1;
    }
}
