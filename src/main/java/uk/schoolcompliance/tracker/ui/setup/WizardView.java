package uk.schoolcompliance.tracker.ui.setup;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.ui.I18n;

/**
 * A plain step-by-step wizard: "Step n of m" with the step's title and help, its content, an error
 * line, and Cancel / Back / Next (Finish on the last step). Enter presses Next, Escape presses Cancel.
 */
public final class WizardView {

    private final List<WizardStep> steps;
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Label stepOf = new Label();
    private final Label title = new Label();
    private final Label help = new Label();
    private final HBox progress = new HBox(6);
    private final Button back = new Button(I18n.t("setup.wizard.back"));
    private final Button next = new Button();
    private final Button cancel = new Button(I18n.t("setup.wizard.cancel"));

    public WizardView(List<WizardStep> steps, ObservableBooleanValue busy, Node errorLine, Runnable onFinish,
                      Runnable onCancel) {
        this.steps = List.copyOf(steps);
        this.busy = busy;
        stepOf.getStyleClass().add("wizard-step-of");
        stepOf.setId("wizard-step-of");
        title.getStyleClass().add("wizard-title");
        title.setId("wizard-title");
        help.getStyleClass().add("wizard-help");
        help.setWrapText(true);
        for (int i = 0; i < steps.size(); i++) {
            Region dot = new Region();
            dot.getStyleClass().add("wizard-dot");
            int n = i;
            index.addListener((o, a, b) -> dot.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("reached"), n <= b.intValue()));
            progress.getChildren().add(dot);
        }
        VBox header = new VBox(4, progress, stepOf, title, help);
        header.setPadding(new Insets(28, 40, 12, 40));
        header.getStyleClass().add("wizard-header");

        content.setPadding(new Insets(8, 40, 8, 40));
        content.setAlignment(Pos.TOP_LEFT);

        back.setId("wizard-back");
        back.setMnemonicParsing(true);
        back.setOnAction(e -> go(index.get() - 1));
        back.disableProperty().bind(index.lessThanOrEqualTo(0).or(busyOf(busy)));
        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.getStyleClass().add("accent");
        next.setOnAction(e -> {
            if (index.get() == this.steps.size() - 1) {
                onFinish.run();
            } else {
                go(index.get() + 1);
            }
        });
        cancel.setId("wizard-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        cancel.disableProperty().bind(busyOf(busy));
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(22, 22);
        working.visibleProperty().bind(busyOf(busy));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, cancel, spacer, working, back, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 40, 24, 40));
        VBox bottom = new VBox(8, errorLine, buttons);
        VBox.setMargin(errorLine, new Insets(0, 40, 0, 40));

        root.setTop(header);
        root.setCenter(content);
        root.setBottom(bottom);
        root.getStyleClass().add("wizard");
        go(0);
    }

    private ObservableBooleanValue busy;

    private static ObservableBooleanValue busyOf(ObservableBooleanValue busy) {
        return busy == null ? Bindings.createBooleanBinding(() -> false) : busy;
    }

    private void go(int i) {
        if (i < 0 || i >= steps.size()) {
            return;
        }
        WizardStep step = steps.get(i);
        index.set(i);
        stepOf.setText(I18n.t("setup.wizard.stepOf", i + 1, steps.size()));
        title.setText(step.title());
        help.setText(step.help());
        content.getChildren().setAll(step.node());
        boolean last = i == steps.size() - 1;
        next.setText(I18n.t(last ? "setup.wizard.finish" : "setup.wizard.next"));
        next.disableProperty().unbind();
        next.disableProperty().bind(Bindings.not(step.complete()).or(busyOf(this.busy)));
        step.entered();
    }

    public int index() {
        return index.get();
    }

    public javafx.scene.Parent node() {
        return root;
    }
}
