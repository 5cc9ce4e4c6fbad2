package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.function.Function;

import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.ui.I18n;

/**
 * The Acknowledgements page's filters (name, category, area, policy, overdue only), bound both ways to the view
 * model, so the heat map, the outstanding list and the figures all show the same people and policies.
 */
final class AckFilterBar extends FlowPane {

    AckFilterBar(AcknowledgementsViewModel vm) {
        super(8, 8);
        getStylesheets().add(AcknowledgementsView.stylesheet());
        CustomTextField name = new CustomTextField();
        name.setId("acks-filter-name");
        name.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        name.setPromptText(I18n.t("acks.filter.name"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setPrefWidth(200);
        ComboBox<StaffCategory> category = new ComboBox<>();
        category.setId("acks-filter-category");
        category.getItems().add(null);
        category.getItems().addAll(StaffCategory.values());
        category.setConverter(RecordAcknowledgementDialog.converter(StaffCategory::label));
        category.setButtonCell(promptCell(c -> c == null ? I18n.t("acks.filter.allCategories") : c.label()));
        category.setCellFactory(l -> RecordAcknowledgementDialog.cell(c -> c == null ? I18n.t("acks.filter.allCategories") : c.label()));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        category.setPromptText(I18n.t("acks.filter.allCategories"));
        ComboBox<String> area = new ComboBox<>();
        area.setId("acks-filter-area");
        vm.areas().addListener((ListChangeListener<String>) c -> {
            String keep = area.getValue();
            area.getItems().setAll((String) null);
            area.getItems().addAll(vm.areas());
            area.setValue(keep);
        });
        area.setButtonCell(promptCell(a -> a == null ? I18n.t("acks.filter.allAreas") : a));
        area.setCellFactory(l -> RecordAcknowledgementDialog.cell(a -> a == null ? I18n.t("acks.filter.allAreas") : a));
        area.valueProperty().bindBidirectional(vm.areaProperty());
        area.setPromptText(I18n.t("acks.filter.allAreas"));
        ComboBox<Policy> policy = new ComboBox<>();
        policy.setId("acks-filter-policy");
        vm.policies().addListener((ListChangeListener<Policy>) c -> {
            Policy keep = vm.policyProperty().get();
            policy.getItems().setAll((Policy) null);
            policy.getItems().addAll(vm.policies());
            vm.policyProperty().set(keep);
        });
        policy.setButtonCell(promptCell(p -> p == null ? I18n.t("acks.filter.allPolicies") : p.title()));
        policy.setCellFactory(l -> RecordAcknowledgementDialog.cell(p -> p == null ? I18n.t("acks.filter.allPolicies") : p.title()));
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        policy.setPromptText(I18n.t("acks.filter.allPolicies"));
        policy.setPrefWidth(230);
        CheckBox overdue = new CheckBox(I18n.t("acks.filter.overdue"));
        overdue.setId("acks-filter-overdue");
        overdue.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        Button clear = new Button(I18n.t("acks.filter.clear"));
        clear.setId("acks-filter-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.clearFilters());
        getChildren().addAll(name, category, area, policy, overdue, clear);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("acks-filter-bar");
    }

    /** A combo box button cell that shows the "all" wording when nothing is chosen. */
    static <T> ListCell<T> promptCell(Function<T, String> f) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(f.apply(empty ? null : item));
            }
        };
    }
}
