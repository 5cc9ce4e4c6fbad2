package uk.schoolcompliance.tracker.ui.setup;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.ui.I18n;

/** The first screen on a computer with no school yet: the demo, a new school, or an existing file. */
public final class WelcomeView {

    private final VBox root;

    public WelcomeView(Runnable demo, Runnable setUp, Runnable open) {
        this(demo, null, setUp, open);
    }

    /** With {@code demoTrust} not null, the demo trust is offered beside the demo school (issue 16). */
    public WelcomeView(Runnable demo, Runnable demoTrust, Runnable setUp, Runnable open) {
        ImageView logo = new ImageView(new Image(WelcomeView.class.getResource("app-icon.png").toExternalForm(), 72, 72, true, true));
        Label title = new Label(I18n.t("setup.welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(I18n.t("setup.welcome.intro"));
        intro.getStyleClass().add("welcome-intro");
        intro.setWrapText(true);
        intro.setPrefWidth(520);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox heading = new VBox(6, title, intro);
        HBox.setHgrow(heading, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(20, logo, heading);
        top.setAlignment(Pos.CENTER_LEFT);
        Button setUpButton = choice("welcome-setup", MaterialDesignS.SCHOOL_OUTLINE, "setup.welcome.setup", setUp);
        setUpButton.getStyleClass().add("welcome-primary");
        VBox choices = new VBox(12,
                setUpButton,
                choice("welcome-demo", MaterialDesignF.FILE_EYE_OUTLINE, "setup.welcome.demo", demo),
                choice("welcome-open", MaterialDesignF.FOLDER_OPEN_OUTLINE, "setup.welcome.open", open));
        if (demoTrust != null) {
            choices.getChildren().add(2, choice("welcome-demo-trust", MaterialDesignF.FILE_EYE_OUTLINE,
                    "setup.welcome.demoTrust", demoTrust));
        }
        choices.setMaxWidth(620);
        Label note = new Label(I18n.t("setup.welcome.note"));
        note.getStyleClass().add("wizard-note");
        note.setWrapText(true);
        note.setMaxWidth(620);
        VBox box = new VBox(28, top, choices, note);
        box.setMaxWidth(720);
        box.setPadding(new Insets(48));
        root = new VBox(box);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("welcome");
    }

    private static Button choice(String id, Ikon icon, String key, Runnable action) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("welcome-icon");
        Label heading = new Label(I18n.t(key));
        heading.getStyleClass().add("welcome-choice-title");
        Label detail = new Label(I18n.t(key + ".detail"));
        detail.getStyleClass().add("welcome-choice-detail");
        detail.setWrapText(true);
        // a wrapping label inside a button needs a width to measure its height against
        detail.setPrefWidth(520);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox content = new HBox(16, graphic, new VBox(4, heading, detail));
        content.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button();
        b.setId(id);
        b.setGraphic(content);
        b.setMaxWidth(Double.MAX_VALUE);
        // a fixed height: a Button measures a graphic of wrapping labels unreliably (two lines fit)
        b.setMinHeight(96);
        b.setPrefHeight(96);
        b.setMaxHeight(96);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().add("welcome-choice");
        b.setAccessibleText(I18n.t(key) + ". " + I18n.t(key + ".detail"));
        b.setOnAction(e -> action.run());
        return b;
    }

    public javafx.scene.Parent node() {
        return root;
    }
}
