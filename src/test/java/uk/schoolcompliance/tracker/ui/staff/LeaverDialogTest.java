package uk.schoolcompliance.tracker.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.common.DateField;

/**
 * The leaver and absence dialogs: their forms refuse a leave date before the start and an absence ending before it
 * begins (without a screen), and the leaver dialog shows why.
 */
@ExtendWith(ApplicationExtension.class)
class LeaverDialogTest {

    @TempDir
    static Path dir;

    private StaffMember person;
    private StaffViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        uk.schoolcompliance.tracker.ui.UiContext ctx = uk.schoolcompliance.tracker.ui.PaneMount.demo(dir);
        vm = new StaffViewModel(ctx);
        person = ctx.services().repositories().staff().findAll().stream().filter(s -> s.inPostOn(TestDemo.AS_OF))
                .findFirst().orElseThrow();
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 300, 200));
        stage.show();
    }

    @Test
    void theFormNeedsADateNotBeforeTheStart() {
        LeaverDialog.Form form = new LeaverDialog.Form(LocalDate.of(2020, 9, 1));
        form.blankProperty().set(true);
        assertThat(form.valid().get()).as("nothing typed").isFalse();
        form.blankProperty().set(false);
        form.dateProperty().set(LocalDate.of(2020, 8, 31));
        assertThat(form.valid().get()).isFalse();
        assertThat(form.problemProperty().get()).isNotEmpty();
        form.dateProperty().set(LocalDate.of(2020, 9, 1));
        assertThat(form.valid().get()).as("leaving on the first day").isTrue();
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void theAbsenceFormNeedsAStartAndAnEndNotBeforeIt() {
        AbsenceDialog.Form form = new AbsenceDialog.Form();
        form.fromBlankProperty().set(true);
        assertThat(form.valid().get()).as("no start").isFalse();
        form.fromBlankProperty().set(false);
        form.fromProperty().set(LocalDate.of(2026, 10, 1));
        assertThat(form.valid().get()).as("open-ended").isTrue();
        form.toProperty().set(LocalDate.of(2026, 9, 30));
        assertThat(form.valid().get()).isFalse();
        assertThat(form.problemProperty().get()).isNotEmpty();
        form.toProperty().set(LocalDate.of(2026, 10, 1));
        assertThat(form.valid().get()).as("one day").isTrue();
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void aDateBeforeTheStartIsRefusedWithItsReason(FxRobot robot) {
        robot.interact(() -> new LeaverDialog(stage, person, TestDemo.AS_OF, () -> TestDemo.AS_OF, (d, saved, refused) -> vm.markLeaver(person.id(), d, saved, refused)).show());
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-leaver-date").tryQuery().isPresent());
        Button ok = robot.lookup("#staff-leaver-ok").queryButton();
        assertThat(ok.isDisabled()).as("as of today is after the start").isFalse();
        robot.interact(() -> robot.lookup("#staff-leaver-date").queryAs(DateField.class)
                .setValue(person.startDate().minusDays(1)));
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#staff-leaver-problem").queryAs(Label.class).getText()).isNotEmpty();
        robot.interact(() -> assertThat(CutText.under(ok.getScene().getRoot())).isEmpty());
        robot.interact(() -> ok.getScene().getWindow().hide());
    }
}
