package uk.schoolcompliance.tracker.ui.acknowledgements;

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
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Forms;

/**
 * Voiding an acknowledgement asks why (it stays on record, the reason in the audit log): it cannot be voided without
 * a reason. The result is the reason as typed.
 */
final class VoidAcknowledgementDialog extends Dialog<String> {

    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> !reason.get().isBlank(), reason);

    VoidAcknowledgementDialog(Window owner, Obligation o) {
        initOwner(owner);
        setTitle(I18n.t("acks.void.title"));
        setHeaderText(I18n.t("acks.void.header", o.staff().fullName(), o.policy().title()));
        setResizable(true);
        getDialogPane().setId("acks-void-dialog");
        TextField field = new TextField();
        field.setId("acks-void-reason");
        field.setPrefColumnCount(30);
        reason.bind(field.textProperty());
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setPadding(new Insets(12, 16, 4, 16));
        g.add(Forms.label("acks.void.reason", field), 0, 0);
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
