package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * The cut-text check itself: it must see a button too narrow for its words, and pass one that fits; also in a
 * dialog opened by its button, with each line saying where it was found.
 */
@ExtendWith(ApplicationExtension.class)
class CutTextTest {

    private HBox box;

    @Start
    void start(Stage stage) {
        Button narrow = new Button("Record 20 signatures for this policy");
        narrow.setId("narrow");
        narrow.setMaxWidth(80);
        Button fits = new Button("OK");
        fits.setId("fits");
        Button open = new Button("Open");
        open.setId("open-dialog");
        open.setOnAction(e -> {
            Button inside = new Button("Record 20 signatures for this policy");
            inside.setId("dialog-narrow");
            inside.setMaxWidth(80);
            Dialog<Void> dialog = new Dialog<>();
            dialog.initOwner(stage);
            dialog.getDialogPane().setContent(new HBox(inside));
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
            dialog.show();
        });
        box = new HBox(narrow, fits, open);
        stage.setScene(new Scene(box, 400, 100));
        stage.show();
    }

    @Test
    void findsTheNarrowButtonOnly(FxRobot robot) {
        java.util.List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> cut.addAll(CutText.under(box)));
        assertThat(cut).hasSize(1);
        assertThat(cut.get(0)).startsWith("#narrow: ").contains("instead of \"Record 20 signatures for this policy\"");
    }

    @Test
    void eachLineCanSayWhereItWasFound(FxRobot robot) {
        java.util.List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> cut.addAll(CutText.under("tab 2", box)));
        assertThat(cut).singleElement().asString().startsWith("tab 2 #narrow: ");
    }

    @Test
    void aDialogIsOpenedByItsButtonCheckedAndClosedAgain(FxRobot robot) {
        java.util.List<String> cut = CutText.inDialog(robot, "#open-dialog", "#dialog-narrow", 20);
        assertThat(cut).singleElement().asString().startsWith("#open-dialog dialog #dialog-narrow: ")
                .contains("instead of \"Record 20 signatures for this policy\"");
        assertThat(robot.lookup("#dialog-narrow").tryQuery()).as("closed with Escape").isEmpty();
    }
}
