package uk.schoolcompliance.tracker.ui.induction;

import java.time.LocalDate;

import javafx.event.ActionEvent;
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

/**
 * Asks when a task was done before it is ticked off: today by default, an earlier day when it was
 * done earlier (the DBS check seen last Tuesday), never a day after today. The result is the date.
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
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            String why = DateFields.refusal(date).orElseGet(() -> vm.tickProblem(date.getValue()));
            problem.setText(why == null ? "" : why);
            if (why != null) {
                e.consume();
            }
        });
        setResultConverter(b -> b == ok ? date.getValue() : null);
        setOnShown(e -> date.requestFocus());
    }
}
