package uk.schoolcompliance.tracker.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.I18n;

/** Error and confirmation dialogs with the app's wording. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void error(Window owner, String message) {
        if (ConnectionLost.is(message)) {
            return; // a trust's server that went away: the window's banner says so and reconnects
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(I18n.t("dialog.error.header"));
        alert.setTitle(I18n.t("app.title"));
        alert.showAndWait();
    }

    public static boolean confirm(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.setTitle(I18n.t("app.title"));
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** The message of an exception as a person should read it. */
    public static String describe(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
