package uk.schoolcompliance.tracker.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A change that stays on record asks why (the audit log keeps the reason): OK stays disabled until a reason is
 * typed. OK saves while the dialog is open ({@link SaveWhileOpen}, issue #18): a refusal (the server went away, a
 * rule) is said under the reason, which keeps what was typed, and the dialog closes only when the change is made; the
 * result is the reason saved. Voiding an acknowledgement and un-ticking an induction item are this dialog with their
 * own words; node ids are {@code ID-dialog}, {@code ID-reason} and {@code ID-problem}.
 */
public class ReasonDialog extends Dialog<String> {

    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> !reason.get().isBlank(), reason);

    protected ReasonDialog(Window owner, String id, String title, String header, String reasonLabelKey,
            SaveWhileOpen.Saver<String> saver) {
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
        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        g.add(problem, 0, 1, 2, 1);
        g.setVgap(8);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        SaveWhileOpen.on(this, problem::setText).button(ButtonType.OK, valid, java.util.Optional::empty, reason::get,
                saver);
        setOnShown(e -> field.requestFocus());
    }

    /** A reason is given. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
