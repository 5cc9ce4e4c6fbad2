package uk.schoolcompliance.tracker.ui.trust;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * Settings → Schools (node ids {@code schools-list}, {@code school-name}, {@code school-urn}, {@code school-phase},
 * {@code school-add}, {@code school-save}, {@code move-person}, {@code move-school}, {@code move-ok},
 * {@code schools-error}): add or rename a school, give it a URN and a phase, and move a person to another school.
 */
public final class SchoolsDialog extends Dialog<Void> {

    private final SchoolsModel model;

    public SchoolsDialog(Window owner, UiContext ctx) {
        this.model = new SchoolsModel(ctx);
        initOwner(owner);
        setTitle(I18n.t("trust.schools.title"));
        ListView<School> list = new ListView<>(model.schools());
        list.setId("schools-list");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(School s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + (s.urn() == null ? "" : " (URN " + s.urn() + ")"));
            }
        });
        TextField name = new TextField();
        name.setId("school-name");
        TextField urn = new TextField();
        urn.setId("school-urn");
        TextField phase = new TextField();
        phase.setId("school-phase");
        phase.setPromptText(I18n.t("trust.schools.phase.prompt"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            name.setText(s == null ? "" : s.name());
            urn.setText(s == null || s.urn() == null ? "" : s.urn());
            phase.setText(s == null || s.phase() == null ? "" : s.phase());
        });
        Button add = new Button(I18n.t("trust.schools.add"));
        add.setId("school-add");
        add.setOnAction(e -> model.save(0, name.getText(), urn.getText(), phase.getText()));
        Button save = new Button(I18n.t("trust.schools.save"));
        save.setId("school-save");
        save.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(e -> model.save(list.getSelectionModel().getSelectedItem().id(), name.getText(), urn.getText(),
                phase.getText()));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(I18n.t("trust.schools.name")), name);
        form.addRow(1, new Label(I18n.t("trust.schools.urn")), urn);
        form.addRow(2, new Label(I18n.t("trust.schools.phase")), phase);
        form.addRow(3, add, save);

        ComboBox<StaffMember> person = new ComboBox<>(model.staff());
        person.setId("move-person");
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffMember s) {
                return s == null ? "" : s.sortName() + (s.staffRef() == null ? "" : " (" + s.staffRef() + ")");
            }

            @Override
            public StaffMember fromString(String text) {
                return null;
            }
        });
        ComboBox<School> to = new ComboBox<>(model.schools());
        to.setId("move-school");
        to.setConverter(new StringConverter<>() {
            @Override
            public String toString(School s) {
                return s == null ? "" : s.name();
            }

            @Override
            public School fromString(String text) {
                return null;
            }
        });
        Button move = new Button(I18n.t("trust.schools.move"));
        move.setId("move-ok");
        move.disableProperty().bind(person.valueProperty().isNull().or(to.valueProperty().isNull()));
        move.setOnAction(e -> model.move(person.getValue(), to.getValue()));
        GridPane moving = new GridPane();
        moving.setHgap(8);
        moving.setVgap(6);
        moving.addRow(0, new Label(I18n.t("trust.schools.person")), person);
        moving.addRow(1, new Label(I18n.t("trust.schools.to")), to, move);

        Label error = new Label();
        error.setId("schools-error");
        error.getStyleClass().add("rag-red");
        error.textProperty().bind(model.errorProperty());
        VBox content = new VBox(10, list, form, new Label(I18n.t("trust.schools.moveTitle")), moving, error);
        content.setPadding(new Insets(12));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    public SchoolsModel model() {
        return model;
    }
}
