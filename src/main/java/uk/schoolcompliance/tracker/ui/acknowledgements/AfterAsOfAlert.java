package uk.schoolcompliance.tracker.ui.acknowledgements;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * For pages without the Acknowledgements page's message line (a staff member's page, a policy's
 * page): when a recording is dated after the as-of date, the figures on screen do not include it, so
 * say so in a small alert that offers to show the figures as of today. The wording is
 * {@link AcknowledgementsViewModel}'s, so both places say the same.
 */
public final class AfterAsOfAlert {

    /** The id of the alert's "Show as of today" button (for tests). */
    public static final String SHOW_TODAY_ID = "after-as-of-show-today";

    private AfterAsOfAlert() {
    }

    /** Shows the alert when the notice is about a recording after the as-of date; otherwise does nothing. */
    public static void offer(UiContext ctx, Window owner, AcknowledgementsViewModel.Notice notice) {
        if (!notice.afterAsOf()) {
            return;
        }
        ButtonType showToday = new ButtonType(I18n.t("acks.asOf.showToday"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, notice.text(), showToday, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(I18n.t("acks.asOf.alert.title"));
        alert.setHeaderText(I18n.t("acks.asOf.alert.title"));
        alert.getDialogPane().setId("after-as-of-alert");
        ((Button) alert.getDialogPane().lookupButton(showToday)).setId(SHOW_TODAY_ID);
        if (alert.showAndWait().filter(b -> b == showToday).isPresent()) {
            ctx.asOfProperty().set(ctx.today());
        }
    }
}
