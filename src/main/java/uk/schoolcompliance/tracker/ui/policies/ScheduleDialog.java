package uk.schoolcompliance.tracker.ui.policies;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static uk.schoolcompliance.tracker.ui.policies.PolicyDialogs.*;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.app.PolicyCatalogue;
import uk.schoolcompliance.tracker.app.PolicyScheduleImport;
import uk.schoolcompliance.tracker.app.PolicyService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.FrequencyWords;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;

/** Shows the plan of a schedule import: what will change, and the errors that block it. The result is true to import. */
public final class ScheduleDialog extends Dialog<Boolean> {

    /**
     * OK applies the plan through {@code saver} while the dialog is open (issue #18); a refusal is said in it, and it
     * closes only when the plan is applied.
     */
    public ScheduleDialog(Window owner, PolicyScheduleImport.Plan plan,
            uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<Boolean> saver) {
        ButtonType ok = new ButtonType(I18n.t("policies.schedule.import"), ButtonBar.ButtonData.OK_DONE);
        PolicyDialogs.setUp(this, owner, "policies.schedule.title", "schedule-dialog", ok);
        Dialog<Boolean> d = this;
        d.setHeaderText(plan.errors().isEmpty() ? I18n.t("policies.schedule.header", plan.source(), plan.tally())
                : I18n.t("policies.schedule.header.errors", plan.source(), plan.errors().size()));
        TableView<PolicyScheduleImport.Change> table = new TableView<>(FXCollections.observableArrayList(plan.changes()));
        table.setId("schedule-table");
        TableColumn<PolicyScheduleImport.Change, String> line = new TableColumn<>(I18n.t("policies.col.line"));
        line.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(String.valueOf(cd.getValue().line())));
        TableColumn<PolicyScheduleImport.Change, String> action = new TableColumn<>(I18n.t("policies.col.action"));
        action.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                switch (cd.getValue().action()) {
                    case CREATE -> I18n.t("policies.schedule.action.create");
                    case UPDATE -> I18n.t("policies.schedule.action.update");
                    case UNCHANGED -> I18n.t("policies.schedule.action.unchanged");
                }));
        TableColumn<PolicyScheduleImport.Change, String> name = new TableColumn<>(I18n.t("policies.col.title"));
        name.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(cd.getValue().after().title()));
        name.setPrefWidth(300);
        TableColumn<PolicyScheduleImport.Change, String> freq = new TableColumn<>(I18n.t("policies.col.frequency"));
        freq.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                FrequencyWords.describe(cd.getValue().after().reviewMonths())));
        TableColumn<PolicyScheduleImport.Change, String> version = new TableColumn<>(I18n.t("policies.col.version"));
        version.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                cd.getValue().newVersion() != null ? cd.getValue().newVersion().label() + " ("
                        + Dates.forPeople(cd.getValue().newVersion().effectiveFrom()) + ")"
                        : cd.getValue().note() == null ? "" : cd.getValue().note()));
        version.setPrefWidth(260);
        uk.schoolcompliance.tracker.ui.common.ColumnFit.headerWhole(line);
        uk.schoolcompliance.tracker.ui.common.ColumnFit.headerWhole(action);
        name.setCellFactory(uk.schoolcompliance.tracker.ui.common.ColumnFit.tooltipCells());
        version.setCellFactory(uk.schoolcompliance.tracker.ui.common.ColumnFit.tooltipCells());
        table.getColumns().setAll(List.of(line, action, name, freq, version));
        table.setPrefSize(860, 320);
        VBox content = new VBox(8);
        content.setPadding(new Insets(12));
        if (!plan.errors().isEmpty()) {
            VBox errors = new VBox(2);
            errors.setId("schedule-errors");
            for (String e : plan.errors()) {
                Label l = new Label(e);
                l.getStyleClass().add("error-text");
                l.setWrapText(true);
                errors.getChildren().add(l);
            }
            Label none = new Label(I18n.t("policies.schedule.nothing"));
            content.getChildren().addAll(errors, none);
        }
        Label problem = new Label();
        problem.setId("schedule-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        content.getChildren().addAll(table, problem);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(900);
        uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.on(d, problem::setText).button(ok,
                new javafx.beans.property.SimpleBooleanProperty(plan.errors().isEmpty()), java.util.Optional::empty,
                () -> Boolean.TRUE, saver);
    }
}
