package uk.schoolcompliance.tracker.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.I18n;

/** The Help menu's windows: the getting-started guide to the three jobs, and the keyboard shortcuts. */
public final class HelpDialogs {

    /** The guide's jobs, in order: each has a title key and numbered steps {@code <job>.1}, {@code <job>.2}, .... */
    static final List<String> JOBS = List.of("help.guide.induction", "help.guide.signoff", "help.guide.pack");

    private HelpDialogs() {
    }

    /** The steps of one job of the guide, from the bundle. */
    static List<String> steps(String job) {
        List<String> steps = new ArrayList<>();
        for (int i = 1; I18n.has(job + "." + i); i++) {
            steps.add(I18n.t(job + "." + i));
        }
        return steps;
    }

    /** "Getting started": the three jobs, 4–6 numbered steps each (F1). Not modal: it can stay open beside the work. */
    public static Dialog<Void> guide(Window owner) {
        // the three jobs side by side: the whole guide shows on a 1280 × 800 laptop, and at 125 % (1024 × 640) too
        javafx.scene.layout.HBox body = new javafx.scene.layout.HBox(20);
        body.setPadding(new Insets(4, 8, 4, 4));
        for (String job : JOBS) {
            Label title = new Label(I18n.t(job));
            title.getStyleClass().add("section-title");
            title.setWrapText(true);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox section = new VBox(6, title);
            section.setId("help-" + job.substring("help.guide.".length()));
            int n = 1;
            for (String step : steps(job)) {
                Label line = new Label(n++ + ". " + step);
                line.setWrapText(true);
                line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                section.getChildren().add(line);
            }
            section.setPrefWidth(290);
            javafx.scene.layout.HBox.setHgrow(section, javafx.scene.layout.Priority.ALWAYS);
            body.getChildren().add(section);
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(940); // as tall as the three columns: no scroll bar
        Dialog<Void> dialog = dialog(owner, I18n.t("help.guide.title"), I18n.t("help.guide.header"));
        dialog.getDialogPane().setId("help-guide");
        dialog.getDialogPane().setContent(scroll);
        dialog.show();
        return dialog;
    }

    /** "Keyboard shortcuts": every shortcut the window installed, from the one place it installs them. */
    public static Dialog<Void> shortcuts(Window owner, List<Shortcuts.Shortcut> shortcuts) {
        TableView<Shortcuts.Shortcut> table = new TableView<>();
        table.setId("help-shortcuts-table");
        table.getItems().setAll(shortcuts);
        TableColumn<Shortcuts.Shortcut, String> keys = new TableColumn<>(I18n.t("help.shortcuts.keys"));
        keys.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().keysText()));
        keys.setPrefWidth(140);
        keys.setMinWidth(120);
        TableColumn<Shortcuts.Shortcut, String> what = new TableColumn<>(I18n.t("help.shortcuts.what"));
        what.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().what()));
        what.setPrefWidth(380);
        table.getColumns().add(keys);
        table.getColumns().add(what);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(560, 460);
        Dialog<Void> dialog = dialog(owner, I18n.t("help.shortcuts.title"), null);
        dialog.getDialogPane().setId("help-shortcuts");
        dialog.getDialogPane().setContent(table);
        dialog.show();
        return dialog;
    }

    private static Dialog<Void> dialog(Window owner, String title, String header) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("help.guide.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }
}
