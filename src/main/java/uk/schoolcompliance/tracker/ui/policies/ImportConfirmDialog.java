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

/** Shows what was extracted from a document for correction; the result is what to import. */
public final class ImportConfirmDialog extends Dialog<PolicyService.DocumentImport> {

    /**
     * OK imports through {@code saver} while the dialog is open (issue #18); a refusal is said in it, which keeps every
     * correction typed, and it closes only when the document is imported.
     */
    public ImportConfirmDialog(Window owner, PolicyService.DocumentPreview p, Supplier<LocalDate> today,
            uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.Saver<PolicyService.DocumentImport> saver) {
        ButtonType ok = new ButtonType(I18n.t("policies.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        PolicyDialogs.setUp(this, owner, "policies.import.title", "import-dialog", ok);
        Dialog<PolicyService.DocumentImport> d = this;
        d.setHeaderText(I18n.t("policies.import.header", p.fileName()));
        var c = p.extracted();
        TextField title = text("import-title", c.title());
        Label target = new Label();
        target.setId("import-target");
        target.getStyleClass().add("import-target");
        title.textProperty().addListener((o, a, b) -> target.setText(""));
        target.setText(p.existing() != null ? I18n.t("policies.import.target.existing", p.existing().title())
                : I18n.t("policies.import.target.new"));
        TextField approvedBy = text("import-approved-by", c.approvedBy());
        DateField approvedOn = date("import-approved-on", c.approvedOn(), today);
        DateField lastReviewed = date("import-last-reviewed", c.lastReviewed(), today);
        DateField nextReview = date("import-next-review", c.nextReviewDue(), today);
        TextField label = text("import-label", p.suggestedLabel());
        DateField effective = date("import-effective", c.approvedOn(), today);
        effective.setPromptText(I18n.t("policies.import.effective.prompt"));
        CheckBox material = new CheckBox(I18n.t("policies.field.material.box"));
        material.setId("import-material");
        material.setSelected(true);
        GridPane g = form();
        int r = 0;
        r = row(g, r, "policies.field.title", title);
        g.add(target, 1, r++);
        GridPane.setColumnSpan(title, 3);
        GridPane.setColumnSpan(target, 3);
        // pairs side by side, so the whole form shows on a 1280 × 800 laptop at 125 % (1024 × 640)
        approvedBy.setPrefColumnCount(16);
        label.setPrefColumnCount(16);
        row(g, r, 0, "policies.field.approvedBy", approvedBy);
        row(g, r++, 2, "policies.field.approvedOn", approvedOn);
        row(g, r, 0, "policies.field.lastReviewed", lastReviewed);
        row(g, r++, 2, "policies.field.nextReviewDue", nextReview);
        row(g, r, 0, "policies.field.label", label);
        row(g, r++, 2, "policies.field.effective", effective);
        row(g, r, 0, "policies.field.material", material);
        GridPane.setColumnSpan(material, 3);
        VBox warnings = new VBox(4);
        warnings.setId("import-warnings");
        warnings.setPadding(new Insets(0, 16, 8, 16));
        for (String w : c.warnings()) {
            Label l = new Label("\u26a0 " + w);
            l.setWrapText(true);
            l.getStyleClass().add("import-warning");
            warnings.getChildren().add(l);
        }
        Label hint = new Label(I18n.t("policies.import.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setPadding(new Insets(0, 16, 0, 16));
        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setPadding(new Insets(0, 16, 0, 16));
        VBox content = new VBox(6, g, warnings, hint, problem);
        content.setPrefWidth(860);
        d.getDialogPane().setContent(content);
        uk.schoolcompliance.tracker.ui.common.SaveWhileOpen.on(d, problem::setText).button(ok,
                title.textProperty().isEmpty().or(label.textProperty().isEmpty()).not(),
                () -> DateFields.refusal(approvedOn, lastReviewed, nextReview, effective),
                () -> PolicyService.DocumentImport.corrected(p, title.getText().strip(), blank(approvedBy.getText()),
                        approvedOn.getValue(), lastReviewed.getValue(), nextReview.getValue(), label.getText().strip(),
                        effective.getValue(), material.isSelected()), saver);
    }
}
