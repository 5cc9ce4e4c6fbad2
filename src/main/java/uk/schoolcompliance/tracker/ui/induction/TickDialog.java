package uk.schoolcompliance.tracker.ui.induction;

import java.time.LocalDate;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.Forms;
import uk.schoolcompliance.tracker.ui.common.SaveWhileOpen;

/**
 * Asks when a task was done before it is ticked off: today by default, an earlier day when it was
 * done earlier (the DBS check seen last Tuesday), never a day after today. OK ticks while the dialog is open and it
 * closes only when the tick is recorded (issue #18): a refusal (the server went away, a rule) is said in the dialog,
 * which keeps the date typed. The result is the date recorded.
 */
final class TickDialog extends Dialog<LocalDate> {

    TickDialog(Window owner, InductionViewModel vm, InductionItem item) {
        initOwner(owner);
        setTitle(I18n.t("induction.tick.title"));
        setHeaderText(I18n.t("induction.tick.header", item.title()));
        getDialogPane().setId("induction-tick-dialog");
        getDialogPane().getStylesheets().add(InductionView.stylesheet());
        DateField date = DateFields.picker(vm.tickDefault(), vm.context()::today);
        date.setId("induction-tick-date");
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        Forms.row(g, 0, "induction.tick.date", date, 90);
        Label hint = new Label(I18n.t("induction.tick.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Label problem = new Label();
        problem.setId("induction-tick-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        VBox box = new VBox(10, g, hint, problem);
        box.setPadding(new Insets(12, 16, 4, 16));
        box.setPrefWidth(440);
        getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(I18n.t("induction.tick.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).setId("induction-tick-ok");
        // text that is not a date, no date, or a date after today: refused by name, the dialog stays open
        SaveWhileOpen.on(this, problem::setText).button(ok, new javafx.beans.property.SimpleBooleanProperty(true),
                () -> DateFields.refusal(date).or(() -> java.util.Optional.ofNullable(vm.tickProblem(date.getValue()))),
                date::getValue, (doneOn, saved, refused) -> vm.tick(item.id(), doneOn, saved, refused));
        setOnShown(e -> date.requestFocus());
    }
}
