package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.io.File;
import java.util.List;
import java.util.Optional;

import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;

/**
 * The sign-off session dialog, also the place to print the sign-off sheet for the meeting. Keyboard
 * only: type a name and press Enter to tick it (only when exactly one person matches; otherwise the
 * line under the filter says why); Down moves into the list, Space ticks there, and typing a letter
 * there goes back to the filter. The ticked names are listed in the order ticked, to check against
 * the paper sheet; Ctrl+Z (or "Undo last tick") unticks the latest.
 */
public final class SignOffSessionDialog extends Dialog<List<Acknowledgement>> {

    public static final ButtonType RECORD = new ButtonType(I18n.t("acks.session.record"), ButtonBar.ButtonData.OK_DONE);

    private final SignOffSessionViewModel vm;

    /** @param policyId the policy to preselect, or null */
    public SignOffSessionDialog(UiContext ctx, Window owner, Long policyId) {
        vm = new SignOffSessionViewModel(ctx);
        initOwner(owner);
        setTitle(I18n.t("acks.session.title"));
        setHeaderText(I18n.t("acks.session.header"));
        setResizable(true);

        SearchableComboBox<Policy> policy = new SearchableComboBox<>(vm.policies());
        policy.setId("session-policy");
        policy.setConverter(RecordAcknowledgementDialog.converter(Policy::title));
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        policy.setMaxWidth(Double.MAX_VALUE);
        ComboBox<PolicyVersion> version = new ComboBox<>(vm.versions());
        version.setId("session-version");
        version.setConverter(RecordAcknowledgementDialog.converter(v -> I18n.t("acks.version.label", v.label(),
                Dates.forPeople(v.effectiveFrom()), v.material() ? I18n.t("acks.version.material") : I18n.t("acks.version.minor"))));
        version.valueProperty().bindBidirectional(vm.versionProperty());
        version.setPrefWidth(260);
        uk.schoolcompliance.tracker.ui.common.Combos.showWhole(version, vm.versions(), version::getConverter);
        uk.schoolcompliance.tracker.ui.common.Combos.showWhole(policy, vm.policies(), policy::getConverter);
        DateField date = DateFields.picker(vm.dateProperty().get(), ctx::today);
        date.setFieldName(I18n.t("acks.record.date").replace("_", ""));
        date.setId("session-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        ComboBox<AckMethod> method = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(AckMethod.values()));
        method.setId("session-method");
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setPrefWidth(260);

        CustomTextField filter = new CustomTextField();
        filter.setId("session-filter");
        filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        filter.setPromptText(I18n.t("acks.session.filter.prompt"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ListView<SignOffSessionViewModel.Item> list = new ListView<>(vm.visible());
        list.setId("session-names");
        list.setCellFactory(CheckBoxListCell.forListView(SignOffSessionViewModel.Item::tickedProperty,
                RecordAcknowledgementDialog.converter(SignOffSessionViewModel.Item::toString)));
        list.setPrefHeight(270); // the names scroll; the dialog opens whole at 1024 × 640 (125 %)
        Label placeholder = new Label();
        placeholder.setId("session-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        placeholder.textProperty().bind(vm.placeholderProperty());
        list.setPlaceholder(placeholder);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                list.getSelectionModel().getSelectedItems().forEach(i -> i.tickedProperty().set(!i.ticked()));
                e.consume();
            }
        });
        list.addEventHandler(KeyEvent.KEY_TYPED, e -> { // typing the next name goes back to the filter
            String c = e.getCharacter();
            if (c != null && c.length() == 1 && Character.isLetter(c.charAt(0)) && !e.isShortcutDown() && !e.isAltDown()) {
                vm.filterProperty().set(c);
                filter.requestFocus();
                filter.end();
                e.consume();
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.tickOnlyMatch();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        Label filterStatus = new Label();
        filterStatus.setId("session-filter-status");
        filterStatus.setWrapText(true);
        filterStatus.setMinHeight(Region.USE_PREF_SIZE); // wraps onto a second line rather than ending in "…"
        filterStatus.textProperty().bind(vm.filterStatusProperty());

        ListView<SignOffSessionViewModel.Item> ticked = new ListView<>(vm.tickedInOrder());
        ticked.setId("session-ticked");
        ticked.setFocusTraversable(false);
        ticked.setTooltip(new Tooltip(I18n.t("acks.session.tickedList.tip")));
        ticked.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SignOffSessionViewModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.candidate().staff().fullName());
            }
        });
        ticked.setPlaceholder(new Label(I18n.t("acks.session.tickedList.empty")));
        ticked.setPrefHeight(200); // grows with the names list beside it; never makes the dialog taller
        Label tickedTitle = new Label(I18n.t("acks.session.tickedList"));
        tickedTitle.getStyleClass().add("acks-section");
        Button undo = new Button(I18n.t("acks.session.undo"));
        undo.setId("session-undo");
        undo.setTooltip(new Tooltip(I18n.t("acks.session.undo.tip")));
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.disableProperty().bind(vm.tickedCountProperty().isEqualTo(0));
        undo.setOnAction(e -> vm.undoLastTick());
        undo.setFocusTraversable(false); // Tab from the filter goes to the names, not here
        VBox tickedBox = new VBox(6, tickedTitle, ticked, undo);
        tickedBox.setPrefWidth(250);
        tickedBox.setMinWidth(200);
        VBox.setVgrow(ticked, Priority.ALWAYS);
        // Ctrl+Z anywhere in the dialog (the filter has the focus most of the time) undoes the latest tick
        KeyCombination undoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (undoKey.match(e)) {
                vm.undoLastTick();
                e.consume();
            }
        });
        Button all = new Button(I18n.t("acks.session.tickAll"));
        all.setId("session-tick-all");
        all.setOnAction(e -> vm.tickAllVisible(true));
        Button none = new Button(I18n.t("acks.session.untickAll"));
        none.setOnAction(e -> vm.tickAllVisible(false));
        Button sheet = new Button(I18n.t("acks.sheet.button"));
        sheet.setId("session-sheet");
        sheet.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("acks.sheet.button"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            Policy p = vm.policyProperty().get();
            chooser.setInitialFileName(I18n.t("acks.sheet.file", p == null ? "policy" : p.title()));
            File f = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                vm.printSheet(f.toPath(), path -> { });
            }
        });
        Label count = new Label();
        count.setId("session-count");
        count.textProperty().bind(vm.tickedCountProperty().asString(I18n.t("acks.session.count")));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        Label error = new Label();
        error.setId("session-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());

        GridPane top = new GridPane();
        top.setHgap(10);
        top.setVgap(8);
        top.addRow(0, label("acks.record.policy", policy), policy, label("acks.record.version", version), version);
        top.addRow(1, label("acks.record.date", date), date, label("acks.record.method", method), method);
        GridPane.setHgrow(policy, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, filter, all, none);
        tools.setAlignment(Pos.CENTER_LEFT);
        HBox foot = new HBox(8, count, spacer, sheet);
        foot.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox lists = new HBox(12, list, tickedBox);
        VBox box = new VBox(10, top, tools, filterStatus, lists, foot, message, error);
        box.setPadding(new Insets(16));
        box.setPrefWidth(880);
        VBox.setVgrow(lists, Priority.ALWAYS);
        getDialogPane().setContent(box);
        // the theme caps dialogs at 600 px (too narrow for the names beside the ticked list) and its
        // stylesheet wins over setMaxWidth, so lift the cap with an inline style
        getDialogPane().setStyle("-fx-max-width: 1600px;");
        getDialogPane().getStylesheets().add(AcknowledgementsView.class.getResource("acknowledgements.css").toExternalForm());
        getDialogPane().getButtonTypes().addAll(RECORD, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(RECORD);
        ok.setId("session-save");
        ok.disableProperty().bind(vm.busyProperty().or(vm.tickedCountProperty().isEqualTo(0)));
        ok.textProperty().bind(vm.recordTextProperty());
        // never cut to "Record 20 sig…": the button bar would size it once, to the text it had then
        ButtonBar.setButtonUniformSize(ok, false);
        ok.setMinWidth(Region.USE_PREF_SIZE);
        ok.minWidthProperty().addListener((o, a, w) -> {
            if (w.doubleValue() != Region.USE_PREF_SIZE) {
                ok.setMinWidth(Region.USE_PREF_SIZE); // the button bar resets it on every re-layout
            }
        });
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            var badDate = DateFields.refusal(date); // text that is not a date is refused by name, never saved as today
            if (badDate.isPresent()) {
                vm.errorProperty().set(badDate.get());
                return;
            }
            vm.save(written -> {
                setResult(written);
                close();
            });
        });
        setResultConverter(b -> null);
        vm.load(policyId, () -> (policyId == null ? policy : filter).requestFocus());
    }

    public SignOffSessionViewModel viewModel() {
        return vm;
    }

    /**
     * Opens the session from a page other than Acknowledgements (which has its own message line) and
     * waits; when what was recorded is dated after the as-of date, says so and offers to show the
     * figures as of today. Returns what to tell the user, when anything was recorded.
     */
    public static Optional<AcknowledgementsViewModel.Notice> showAndTell(UiContext ctx, Window owner, Long policyId) {
        return new SignOffSessionDialog(ctx, owner, policyId).showAndWait().map(written -> {
            AcknowledgementsViewModel.Notice n = AcknowledgementsViewModel.sessionNotice(written, ctx.asOf());
            AfterAsOfAlert.offer(ctx, owner, n);
            return n;
        });
    }

    private static Label label(String key, javafx.scene.Node target) {
        return uk.schoolcompliance.tracker.ui.common.Forms.label(key, target);
    }
}
