package uk.schoolcompliance.tracker.ui.induction;

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
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Forms;

/**
 * Un-ticking an induction item asks why (the audit log keeps the reason): it cannot be saved without one. The
 * result is the reason as typed.
 */
final class UntickDialog extends Dialog<String> {

    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> !reason.get().isBlank(), reason);

    UntickDialog(Window owner, InductionItem item) {
        initOwner(owner);
        setTitle(I18n.t("induction.untick.title"));
        setHeaderText(I18n.t("induction.untick.header", item.title()));
        setResizable(true);
        getDialogPane().setId("induction-untick-dialog");
        TextField field = new TextField();
        field.setId("induction-untick-reason");
        field.setPrefColumnCount(30);
        reason.bind(field.textProperty());
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setPadding(new Insets(12, 16, 4, 16));
        g.add(Forms.label("induction.untick.reason", field), 0, 0);
        g.add(field, 1, 0);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(valid.not());
        setResultConverter(b -> b == ButtonType.OK && valid.get() ? reason.get() : null);
        setOnShown(e -> field.requestFocus());
    }

    /** A reason is given. */
    BooleanBinding validProperty() {
        return valid;
    }
}
