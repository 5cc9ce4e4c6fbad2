package uk.schoolcompliance.tracker.ui.setup;

import java.util.Locale;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.app.SchoolSetupService;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The checklist the dashboard shows after "Set up my school": add staff, upload each policy's
 * document, record approval dates, record acknowledgements. Each line opens the page where it is
 * done; "Hide" removes the checklist for good. Invisible when there is nothing to show.
 */
public final class NextStepsView {

    private final UiContext ctx;
    private final NextStepsViewModel vm;
    private final VBox rows = new VBox(6);
    private final VBox root;

    public NextStepsView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new NextStepsViewModel(ctx);
        Label title = new Label(I18n.t("setup.next.title"));
        title.getStyleClass().add("next-steps-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button hide = new Button(I18n.t("setup.next.hide"));
        hide.setId("next-steps-hide");
        hide.getStyleClass().add("flat");
        hide.setOnAction(e -> vm.hide());
        HBox header = new HBox(8, title, spacer, hide);
        header.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, header, rows);
        root.setId("next-steps");
        root.getStyleClass().add("next-steps");
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setVisible(false);
        root.setManaged(false);
        root.getStylesheets().add(NextStepsView.class.getResource("setup.css").toExternalForm());
        vm.steps().addListener((javafx.collections.ListChangeListener<SchoolSetupService.NextStep>) c -> render());
    }

    private void render() {
        rows.getChildren().clear();
        for (SchoolSetupService.NextStep s : vm.steps()) {
            rows.getChildren().add(row(s));
        }
        boolean show = !vm.steps().isEmpty();
        root.setVisible(show);
        root.setManaged(show);
    }

    private Node row(SchoolSetupService.NextStep s) {
        String key = "setup.next." + s.step().name().toLowerCase(Locale.ROOT);
        FontIcon icon = new FontIcon(s.done() ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE);
        icon.getStyleClass().add(s.done() ? "next-step-done-icon" : "next-step-open-icon");
        Hyperlink text = new Hyperlink(I18n.t(key));
        text.setId("next-step-" + s.step().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        text.setOnAction(e -> ctx.navigate(section(s.step())));
        String detailText = s.done() ? I18n.t("setup.next.done")
                : s.step() == SchoolSetupService.Step.RECORD_ACKNOWLEDGEMENTS && s.total() == 0
                ? I18n.t("setup.next.record_acknowledgements.waiting") : I18n.t(key + ".detail", s.outstanding(), s.total());
        Label detail = new Label(detailText);
        detail.getStyleClass().add(s.done() ? "next-step-done" : "next-step-open");
        HBox row = new HBox(8, icon, text, detail);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setAccessibleText(text.getText() + ": " + detail.getText());
        return row;
    }

    private static Section section(SchoolSetupService.Step step) {
        return switch (step) {
            case ADD_STAFF -> Section.STAFF;
            case UPLOAD_DOCUMENTS, RECORD_APPROVALS -> Section.POLICIES;
            case RECORD_ACKNOWLEDGEMENTS -> Section.ACKNOWLEDGEMENTS;
        };
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        vm.load();
    }

    public NextStepsViewModel viewModel() {
        return vm;
    }
}
