package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.io.File;
import java.util.List;

import org.controlsfx.control.SearchableComboBox;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.FormImportService;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;

/** Import an online-form export: file, policy, version, preview of every row, then record them all. */
public final class FormImportDialog extends Dialog<List<Acknowledgement>> {

    public static final ButtonType RECORD = new ButtonType(I18n.t("acks.import.record"), ButtonBar.ButtonData.OK_DONE);

    private final FormImportViewModel vm;

    public FormImportDialog(UiContext ctx, Window owner) {
        vm = new FormImportViewModel(ctx);
        initOwner(owner);
        setTitle(I18n.t("acks.import.title"));
        setHeaderText(I18n.t("acks.import.header"));
        setResizable(true);

        Label fileName = new Label();
        fileName.textProperty().bind(vm.fileProperty().map(p -> p.getFileName().toString()).orElse(I18n.t("acks.import.nofile")));
        Button choose = new Button(I18n.t("acks.import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("acks.import.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                vm.fileProperty().set(f.toPath());
            }
        });
        SearchableComboBox<Policy> policy = new SearchableComboBox<>(vm.policies());
        policy.setId("import-policy");
        policy.setConverter(RecordAcknowledgementDialog.converter(Policy::title));
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        policy.setMaxWidth(Double.MAX_VALUE);
        ComboBox<PolicyVersion> version = new ComboBox<>(vm.versions());
        version.setConverter(RecordAcknowledgementDialog.converter(v -> I18n.t("acks.version.label", v.label(),
                Dates.forPeople(v.effectiveFrom()), v.material() ? I18n.t("acks.version.material") : I18n.t("acks.version.minor"))));
        version.valueProperty().bindBidirectional(vm.versionProperty());
        uk.schoolcompliance.tracker.ui.common.Combos.showWhole(version, vm.versions(), version::getConverter);
        uk.schoolcompliance.tracker.ui.common.Combos.showWhole(policy, vm.policies(), policy::getConverter);
        ComboBox<AckMethod> method = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(AckMethod.values()));
        method.valueProperty().bindBidirectional(vm.methodProperty());
        Button preview = new Button(I18n.t("acks.import.preview"));
        preview.setId("import-preview");
        preview.disableProperty().bind(vm.busyProperty().or(vm.fileProperty().isNull()).or(vm.versionProperty().isNull()));
        preview.setOnAction(e -> vm.preview());

        TableView<FormImportService.Row> table = new TableView<>(vm.rows());
        table.setId("import-rows");
        table.setPlaceholder(new Label(I18n.t("acks.import.placeholder")));
        table.getColumns().add(col("acks.import.col.line", 60, r -> String.valueOf(r.line())));
        table.getColumns().add(col("acks.import.col.who", 220, r -> r.who()));
        table.getColumns().add(col("acks.import.col.date", 100, r -> Dates.forPeople(r.date())));
        table.getColumns().add(col("acks.import.col.staff", 170, r -> r.staff() == null ? "" : r.staff().fullName()));
        table.getColumns().add(col("acks.import.col.outcome", 150, r -> r.outcome().words()));
        table.getColumns().add(col("acks.import.col.reason", 260, FormImportService.Row::reason));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(FormImportService.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("import-record", "import-problem");
                if (!empty && item != null) {
                    getStyleClass().add(item.outcome() == FormImportService.Outcome.RECORD ? "import-record"
                            : item.outcome() == FormImportService.Outcome.ALREADY ? "" : "import-problem");
                }
            }
        });
        Label summary = new Label();
        summary.setId("import-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label error = new Label();
        error.setId("import-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(I18n.t("acks.import.file")), new HBox(8, choose, fileName));
        grid.addRow(1, new Label(I18n.t("acks.record.policy")), policy);
        grid.addRow(2, new Label(I18n.t("acks.record.version")), new HBox(8, version, new Label(I18n.t("acks.record.method")), method, preview));
        GridPane.setHgrow(policy, Priority.ALWAYS);
        VBox box = new VBox(10, grid, table, summary, error);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        box.setPrefSize(980, 480); // the rows scroll; the dialog opens whole at 1024 × 640 (125 %)
        getDialogPane().setContent(box);
        // opens at a size that shows the whole of its header and rows, never squeezed below it
        getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().addAll(RECORD, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(RECORD);
        ok.setId("import-save");
        ok.disableProperty().bind(vm.busyProperty().or(vm.planProperty().isNull()));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.commit(written -> {
                setResult(written);
                close();
            });
        });
        setResultConverter(b -> null);
        vm.load(choose::requestFocus);
    }

    public FormImportViewModel viewModel() {
        return vm;
    }

    private static TableColumn<FormImportService.Row, String> col(String key, double width,
            java.util.function.Function<FormImportService.Row, String> f) {
        TableColumn<FormImportService.Row, String> c = new TableColumn<>(I18n.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }
}
