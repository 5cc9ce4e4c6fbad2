package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.io.File;
import java.util.Optional;

import org.controlsfx.control.SearchableComboBox;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;

/**
 * The reusable "record an acknowledgement" dialog. Open it from anywhere with
 * {@link #show(UiContext, Window, Long, Long)}: give a staff member's id, a policy's id, both or
 * neither; the dialog preselects them and proposes the version in effect. It records off the FX
 * thread, calls {@code ctx.dataChanged()} after a write, and returns what happened.
 *
 * <pre>{@code
 * RecordAcknowledgementDialog.show(ctx, stage, staff.id(), null)   // tell the result yourself
 *         .ifPresent(result -> ...);
 * RecordAcknowledgementDialog.showAndTell(ctx, stage, staff.id(), null)   // from a staff member's page
 *         .ifPresent(notice -> ...);    // it already offered "Show as of today" when needed
 * }</pre>
 */
public final class RecordAcknowledgementDialog extends Dialog<AcknowledgementService.Result> {

    public static final ButtonType RECORD = new ButtonType(I18n.t("acks.record.button"), ButtonBar.ButtonData.OK_DONE);

    private final RecordAcknowledgementViewModel vm;

    /**
     * @param staffId  the person to preselect, or null
     * @param policyId the policy to preselect, or null
     */
    public RecordAcknowledgementDialog(UiContext ctx, Window owner, Long staffId, Long policyId) {
        this.vm = new RecordAcknowledgementViewModel(ctx);
        initOwner(owner);
        setTitle(I18n.t("acks.record.title"));
        setHeaderText(I18n.t("acks.record.header"));
        setResizable(true);

        SearchableComboBox<StaffMember> staff = new SearchableComboBox<>(vm.staff());
        staff.setId("record-staff");
        staff.setConverter(converter(s -> s.sortName() + " \u2014 " + s.category().label()));
        staff.valueProperty().bindBidirectional(vm.personProperty());
        SearchableComboBox<Policy> policy = new SearchableComboBox<>(vm.policies());
        policy.setId("record-policy");
        policy.setConverter(converter(Policy::title));
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        ComboBox<PolicyVersion> version = new ComboBox<>(vm.versions());
        version.setId("record-version");
        version.setConverter(converter(v -> I18n.t("acks.version.label", v.label(), Dates.forPeople(v.effectiveFrom()),
                v.material() ? I18n.t("acks.version.material") : I18n.t("acks.version.minor"))));
        version.valueProperty().bindBidirectional(vm.versionProperty());
        uk.schoolcompliance.tracker.ui.common.Combos.showWhole(policy, vm.policies(), policy::getConverter);
        uk.schoolcompliance.tracker.ui.common.Combos.showWhole(version, vm.versions(), version::getConverter);
        DateField date = DateFields.picker(vm.dateProperty().get(), ctx::today);
        date.setFieldName(I18n.t("acks.record.date").replace("_", ""));
        date.setId("record-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        ComboBox<AckMethod> method = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(AckMethod.values()));
        method.setId("record-method");
        method.valueProperty().bindBidirectional(vm.methodProperty());
        TextArea note = new TextArea();
        note.setId("record-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        Label evidenceName = new Label();
        evidenceName.textProperty().bind(vm.evidenceProperty().map(p -> p.getFileName().toString())
                .orElse(I18n.t("acks.record.evidence.none")));
        Button attach = new Button(I18n.t("acks.record.evidence.attach"));
        attach.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("acks.record.evidence.attach"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("acks.record.evidence.filter"),
                    "*.pdf", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff"));
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                vm.evidenceProperty().set(f.toPath());
            }
        });
        Button clear = new Button(I18n.t("acks.record.evidence.clear"));
        clear.disableProperty().bind(vm.evidenceProperty().isNull());
        clear.setOnAction(e -> vm.evidenceProperty().set(null));
        Label error = new Label();
        error.setId("record-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.errorProperty().get() != null && !vm.errorProperty().get().isEmpty() ? vm.errorProperty().get()
                        : vm.problemProperty().get(), vm.errorProperty(), vm.problemProperty()));
        vm.dateUnreadableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> date.getValue() == null && !date.isBlank(), date.textProperty(), date.valueProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(360));
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int r = 0;
        grid.addRow(r++, label("acks.record.staff", staff), staff);
        grid.addRow(r++, label("acks.record.policy", policy), policy);
        grid.addRow(r++, label("acks.record.version", version), version);
        grid.addRow(r++, label("acks.record.date", date), date);
        grid.addRow(r++, label("acks.record.method", method), method);
        grid.addRow(r++, label("acks.record.note", note), note);
        grid.addRow(r++, new Label(I18n.t("acks.record.evidence")), new HBox(8, attach, clear, evidenceName));
        grid.add(error, 0, r, 2, 1);
        for (javafx.scene.Node n : new javafx.scene.Node[] {staff, policy, version, method}) {
            ((javafx.scene.control.Control) n).setMaxWidth(Double.MAX_VALUE);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getProperties().put(RecordAcknowledgementDialog.class, this);
        getDialogPane().getButtonTypes().addAll(RECORD, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(RECORD);
        ok.setId("record-save");
        ok.disableProperty().bind(vm.busyProperty().or(vm.valid().not()));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stay open until the background save succeeds
            var badDate = DateFields.refusal(date); // text that is not a date is refused by name, never saved as today
            if (badDate.isPresent()) {
                vm.errorProperty().set(badDate.get());
                return;
            }
            vm.save(result -> {
                setResult(result);
                close();
            });
        });
        setResultConverter(b -> null);
        vm.load(staffId, policyId, () -> (staffId == null ? staff : policyId == null ? policy : date).requestFocus());
    }

    /** Opens the dialog and waits; the result says whether it was recorded or had already been. */
    public static Optional<AcknowledgementService.Result> show(UiContext ctx, Window owner, Long staffId, Long policyId) {
        return new RecordAcknowledgementDialog(ctx, owner, staffId, policyId).showAndWait();
    }

    /**
     * Opens the dialog from a page other than Acknowledgements (which has its own message line) and
     * waits; when what was recorded (or found already recorded) is dated after the as-of date, says so
     * and offers to show the figures as of today. Returns what to tell the user.
     */
    public static Optional<AcknowledgementsViewModel.Notice> showAndTell(UiContext ctx, Window owner, Long staffId,
                                                                         Long policyId) {
        return show(ctx, owner, staffId, policyId).map(result -> {
            AcknowledgementsViewModel.Notice n = AcknowledgementsViewModel.oneNotice(result, ctx.asOf());
            AfterAsOfAlert.offer(ctx, owner, n);
            return n;
        });
    }

    public RecordAcknowledgementViewModel viewModel() {
        return vm;
    }

    private static Label label(String key, javafx.scene.Node target) {
        return uk.schoolcompliance.tracker.ui.common.Forms.label(key, target);
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return Converters.display(f, "");
    }

    static <T> ListCell<T> cell(java.util.function.Function<T, String> f) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : f.apply(item));
            }
        };
    }
}
