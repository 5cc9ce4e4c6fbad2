package uk.schoolcompliance.tracker.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;

/**
 * A date field squeezed in a crowded bar (the top bar's "As of" at 125 %, 1024 px) still shows its whole date: its text
 * field gives way no further than "24/11/2026" (issue #15: the top bar showed "24/11/20").
 */
@ExtendWith(ApplicationExtension.class)
class DateFieldWidthTest {

    private DateField asOf;
    private DateField empty;
    private HBox bar;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        asOf = DateFields.asOf(LocalDate.of(2026, 11, 28), () -> TestDemo.AS_OF);
        empty = DateFields.picker(null, () -> TestDemo.AS_OF);
        TextField search = new TextField();
        search.setPrefWidth(600);
        HBox.setHgrow(search, Priority.ALWAYS);
        bar = new HBox(12, asOf, empty, search);
        stage.setScene(new Scene(bar, 300, 80));
        stage.show();
    }

    @Test
    void aSqueezedDateFieldShowsItsWholeDate(FxRobot robot) {
        robot.interact(() -> {
            bar.applyCss();
            bar.layout();
            TextField text = (TextField) asOf.lookup(".date-field-text");
            assertThat(text.getText()).isEqualTo("28/11/2026");
            assertThat(text.getWidth()).as("the text field's width").isGreaterThanOrEqualTo(needed(text, "28/11/2026"));
            // an empty field keeps room for the date the user types
            TextField typed = (TextField) empty.lookup(".date-field-text");
            assertThat(typed.getWidth()).isGreaterThanOrEqualTo(needed(typed, "28/11/2026"));
        });
    }

    private static double needed(TextField field, String date) {
        Text t = new Text(date);
        t.setFont(field.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth()) + field.getInsets().getLeft() + field.getInsets().getRight();
    }
}
