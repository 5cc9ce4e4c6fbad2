package uk.schoolcompliance.tracker.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;

/**
 * The one date field of the app, mounted on its own: what is typed is never changed or wiped, an
 * impossible date is refused with a visible reason, 27/11/26 is 27/11/2026, and the calendar fills it in.
 */
@ExtendWith(ApplicationExtension.class)
class DateFieldTest {

    private DateField field;
    private DateField asOf;
    private int defaultPressed;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        field = DateFields.picker(null, () -> TestDemo.AS_OF);
        field.setId("when");
        field.setFieldName("Done on");
        asOf = DateFields.asOf(TestDemo.AS_OF, () -> TestDemo.AS_OF);
        asOf.setId("as-of-field");
        TextField other = new TextField();
        other.setId("other");
        Button ok = new Button("OK");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> defaultPressed++);
        stage.setScene(new Scene(new VBox(12, field, asOf, other, ok), 480, 360));
        stage.show();
    }

    @BeforeEach
    void clear(FxRobot robot) {
        robot.interact(() -> field.setValue(null));
    }

    private static TextField text(FxRobot robot, String id) {
        return robot.lookup("#" + id + "-text").queryAs(TextField.class);
    }

    private static Label message(FxRobot robot, String id) {
        return robot.lookup("#" + id + "-message").queryAs(Label.class);
    }

    @Test
    void anImpossibleDateStaysAsTypedAndTheFieldSaysWhy(FxRobot robot) {
        robot.clickOn("#when-text").write("31/11/2026");
        assertThat(text(robot, "when").getText()).isEqualTo("31/11/2026");
        assertThat(field.getValue()).isNull();
        assertThat(field.getProblem()).isEqualTo("'31/11/2026' is not a date: November 2026 has 30 days");
        // a whole date that does not exist is flagged at once
        assertThat(message(robot, "when").isVisible()).isTrue();
        assertThat(message(robot, "when").getText()).isEqualTo("'31/11/2026' is not a date: November 2026 has 30 days");
        assertThat(field.getStyleClass()).contains(DateField.INVALID_STYLE_CLASS);
        assertThat(text(robot, "when").getTooltip().getText()).isEqualTo(field.getProblem());

        robot.push(KeyCode.TAB);
        assertThat(text(robot, "when").getText()).as("never rounded to 30/11/2026, never wiped").isEqualTo("31/11/2026");
        assertThat(field.getValue()).isNull();
        assertThat(message(robot, "when").isVisible()).isTrue();
        assertThat(field.refusal()).contains("Done on: '31/11/2026' is not a date: November 2026 has 30 days");
    }

    @Test
    void aTwoDigitYearGivesTheFullDate(FxRobot robot) {
        robot.clickOn("#when-text").write("27/11/26");
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 27));
        robot.push(KeyCode.TAB);
        assertThat(text(robot, "when").getText()).isEqualTo("27/11/2026");
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(message(robot, "when").isVisible()).isFalse();
        assertThat(field.getStyleClass()).doesNotContain(DateField.INVALID_STYLE_CLASS);
        assertThat(field.refusal()).isEmpty();
    }

    @Test
    void wordsForTheMonthAreReadToo(FxRobot robot) {
        int pressed = defaultPressed;
        robot.clickOn("#when-text").write("27 Nov 2026").push(KeyCode.ENTER);
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(text(robot, "when").getText()).isEqualTo("27/11/2026");
        assertThat(defaultPressed).as("Enter still presses the default button (a dialog's OK)").isEqualTo(pressed + 1);
    }

    @Test
    void halfTypedTextIsFlaggedOnlyWhenTheFieldIsLeft(FxRobot robot) {
        robot.clickOn("#when-text").write("27/1");
        assertThat(field.getValue()).isNull();
        assertThat(field.getProblem()).isNotNull();
        assertThat(message(robot, "when").isVisible()).as("not while still typing").isFalse();
        robot.push(KeyCode.TAB);
        assertThat(text(robot, "when").getText()).isEqualTo("27/1");
        assertThat(message(robot, "when").isVisible()).isTrue();
        assertThat(message(robot, "when").getText()).isEqualTo("'27/1' is not a date (use dd/mm/yyyy, e.g. 27/11/2026)");
        // correcting it clears the message at once
        robot.clickOn("#when-text").push(KeyCode.END).write("1/2026");
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(message(robot, "when").isVisible()).isFalse();
    }

    @Test
    void aDateOutsideTheWindowIsRefused(FxRobot robot) {
        robot.clickOn("#when-text").write("31/12/9999").push(KeyCode.TAB);
        assertThat(field.getValue()).isNull();
        assertThat(text(robot, "when").getText()).isEqualTo("31/12/9999");
        assertThat(message(robot, "when").getText())
                .isEqualTo("'31/12/9999' is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
    }

    @Test
    void aValueSetByTheProgramIsShownDayFirstAndClearsAProblem(FxRobot robot) {
        robot.clickOn("#when-text").write("31/11/2026");
        robot.interact(() -> field.setValue(LocalDate.of(2026, 9, 1)));
        assertThat(text(robot, "when").getText()).isEqualTo("01/09/2026");
        assertThat(field.getProblem()).isNull();
        assertThat(message(robot, "when").isVisible()).isFalse();
        // and it is still a DatePicker for code that binds to one
        assertThat(robot.lookup("#when").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void clearingTheTextClearsTheValue(FxRobot robot) {
        robot.interact(() -> field.setValue(LocalDate.of(2026, 9, 1)));
        robot.clickOn("#when-text").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .push(KeyCode.BACK_SPACE).push(KeyCode.TAB);
        assertThat(field.getValue()).isNull();
        assertThat(field.getProblem()).isNull();
        assertThat(field.refusal()).isEmpty();
    }

    @Test
    void theCalendarFillsTheFieldIn(FxRobot robot) {
        robot.interact(() -> field.setValue(LocalDate.of(2026, 11, 1)));
        robot.clickOn("#when-calendar");
        WaitForAsyncUtils.waitForFxEvents();
        DateCell fifteen = robot.lookup(".day-cell").queryAllAs(DateCell.class).stream()
                .filter(c -> "15".equals(c.getText()) && !c.getStyleClass().contains("previous-month")
                        && !c.getStyleClass().contains("next-month"))
                .findFirst().orElseThrow();
        robot.clickOn(fifteen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(text(robot, "when").getText()).isEqualTo("15/11/2026");
    }

    @Test
    void theCalendarOpensFromTheKeyboard(FxRobot robot) {
        robot.interact(() -> field.setValue(LocalDate.of(2026, 11, 1)));
        robot.clickOn("#when-text").press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".date-picker-popup").tryQuery()).isPresent();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void anAsOfFieldMovesOnlyWhenTheDateIsCommitted(FxRobot robot) {
        int[] actions = new int[1];
        robot.interact(() -> asOf.setOnAction(e -> actions[0]++));
        robot.clickOn("#as-of-field-text").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("1/9/20");
        assertThat(asOf.getValue()).as("not on every key: 1/9/20 is a date on the way to 1/9/2026").isEqualTo(TestDemo.AS_OF);
        assertThat(actions[0]).isZero();
        robot.write("26").push(KeyCode.ENTER);
        assertThat(asOf.getValue()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(actions[0]).as("onAction, as a date picker fires it (the audit filters listen to it)").isEqualTo(1);
        assertThat(text(robot, "as-of-field").getText()).isEqualTo("01/09/2026");
        robot.clickOn("#as-of-field-text").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("30/02/2026").push(KeyCode.ENTER);
        assertThat(asOf.getValue()).isNull();
        assertThat(text(robot, "as-of-field").getText()).isEqualTo("30/02/2026");
        assertThat(message(robot, "as-of-field").getText()).isEqualTo("'30/02/2026' is not a date: February 2026 has 28 days");
    }
}
