package uk.schoolcompliance.tracker.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A change that stays on record asks why (the audit log keeps the reason): OK stays disabled until a reason is
 * typed, and the result is the reason as typed. Voiding an acknowledgement and un-ticking an induction item are
 * this dialog with their own words; node ids are {@code ID-dialog} and {@code ID-reason}.
 */
public class ReasonDialog extends Dialog<String> {

    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> !reason.get().isBlank(), reason);

    protected ReasonDialog(Window owner, String id, String title, String header, String reasonLabelKey) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        setResizable(true);
        getDialogPane().setId(id + "-dialog");
        TextField field = new TextField();
        field.setId(id + "-reason");
        field.setPrefColumnCount(30);
        reason.bind(field.textProperty());
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setPadding(new Insets(12, 16, 4, 16));
        g.add(Forms.label(reasonLabelKey, field), 0, 0);
        g.add(field, 1, 0);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(valid.not());
        setResultConverter(b -> b == ButtonType.OK && valid.get() ? reason.get() : null);
        setOnShown(e -> field.requestFocus());
    }

    /** A reason is given. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
