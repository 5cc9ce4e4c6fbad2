package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The cut-text check itself: it must see a button too narrow for its words, and pass one that fits. */
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
        box = new HBox(narrow, fits);
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
}
