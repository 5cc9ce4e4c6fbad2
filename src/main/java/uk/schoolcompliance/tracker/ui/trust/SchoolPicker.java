package uk.schoolcompliance.tracker.ui.trust;

import org.controlsfx.control.SearchableComboBox;

import javafx.scene.control.Tooltip;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The top bar's searchable choice of school ("All schools", each school, the central team), hidden for a single
 * school's file. Node id {@code school-picker}.
 */
public final class SchoolPicker extends SearchableComboBox<SchoolPickerModel.Choice> {

    private final SchoolPickerModel model;
    private boolean updating;

    public SchoolPicker(UiContext ctx) {
        this.model = new SchoolPickerModel(ctx);
        setId("school-picker");
        setItems(model.choices());
        setPrefWidth(260);
        setTooltip(new Tooltip(I18n.t("trust.picker.tip")));
        setPromptText(I18n.t("trust.allSchools")); // nothing chosen is the whole file
        setAccessibleText(I18n.t("trust.picker.tip"));
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(model.shownProperty());
        model.selectedProperty().addListener((o, a, choice) -> {
            updating = true;
            try {
                setValue(choice);
            } finally {
                updating = false;
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, choice) -> {
            if (!updating && choice != null && choice != model.selectedProperty().get()) {
                model.choose(choice);
            }
        });
        // the choices are replaced on each load, and the combo box clears its value when its list changes: show the
        // one chosen again once it has ("All schools" at first)
        model.choices().addListener((javafx.collections.ListChangeListener<Object>) c ->
                javafx.application.Platform.runLater(() -> {
                    updating = true;
                    try {
                        setValue(model.selectedProperty().get());
                    } finally {
                        updating = false;
                    }
                }));
        ctx.servicesProperty().addListener((o, a, b) -> model.load());
        ctx.revisionProperty().addListener((o, a, b) -> model.load());
        model.load();
    }

    public SchoolPickerModel model() {
        return model;
    }
}
