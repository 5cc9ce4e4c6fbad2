package uk.schoolcompliance.tracker.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.FxTaskExecutor;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/**
 * The wizard's staff step lets the office say that existing staff have already been inducted, so a new school
 * does not open on induction plans full of overdue items; new starters still get theirs.
 */
@ExtendWith(ApplicationExtension.class)
class SetupWizardInductionTest {

    @TempDir
    static Path dir;

    private Path target;
    private final AtomicReference<TrackerServices> created = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        target = dir.resolve("school-" + System.nanoTime()).resolve("tracker.db");
        // the wizard itself, mounted as the first run shows it (without the welcome screen or the main window)
        SetupWizardViewModel vm = new SetupWizardViewModel(new FxTaskExecutor(), target);
        SetupWizard wizard = new SetupWizard(vm, TestDemo.CLOCK, stage, created::set, () -> { });
        Scene scene = new Scene(wizard.node(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.getStylesheets().add(FirstRun.class.getResource("setup.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#wizard-title").queryAs(Label.class).getText();
    }

    @Test
    void existingStaffMarkedAsInductedHaveNoOverdueInductionItems(FxRobot robot) throws IOException {
        Path staff = dir.resolve("staff-list.csv");
        Files.writeString(staff, "First name,Surname,Staff ID,Staff type,Start date\n"
                + "Amira,Khan,P001,Teacher,01/09/2019\n"
                // started five weeks ago and six weeks ago: inducted on paper before the tracker
                + "Carys,Evans,P003,Admin," + date(TestDemo.AS_OF.minusDays(35)) + "\n"
                + "Dev,Shah,P005,TA," + date(TestDemo.AS_OF.minusDays(42)) + "\n"
                // starts after Christmas
                + "Dana,Price,P004,Teacher,04/01/2027\n");
        robot.clickOn("#setup-school-name").write("Hillside Primary School");
        robot.clickOn("#setup-phase-primary");
        robot.clickOn("#wizard-next");
        FxTestSupport.waitUntil(() -> "Grace period".equals(title(robot)));
        robot.clickOn("#wizard-next");
        FxTestSupport.waitUntil(() -> "Your staff list".equals(title(robot)));
        assertThat(robot.lookup("#setup-staff-inducted-box").query().isVisible()).as("shown with a list").isFalse();
        robot.interact(() -> robot.lookup("#setup-staff-file").queryAs(TextField.class).setText(staff.toString()));
        robot.clickOn("#setup-staff-preview");
        FxTestSupport.waitUntil(() -> robot.lookup("#setup-staff-table").queryAs(TableView.class).getItems().size() == 4);

        Node box = robot.lookup("#setup-staff-inducted-box").query();
        assertThat(box.isVisible()).isTrue();
        CheckBox inducted = robot.lookup("#setup-staff-inducted").queryAs(CheckBox.class);
        assertThat(inducted.isSelected()).as("on by default").isTrue();
        assertThat(inducted.getText()).isEqualTo("People who started before");
        DatePicker cutoff = robot.lookup("#setup-staff-inducted-date").queryAs(DatePicker.class);
        assertThat(cutoff.getValue()).as("today minus the 60-day new-starter window").isEqualTo(LocalDate.of(2026, 9, 25));
        Label plans = robot.lookup("#setup-staff-inducted-plans").queryAs(Label.class);
        assertThat(plans.getText()).startsWith("3 people in this list");

        // everyone already in post has been inducted: the date moves to today
        robot.interact(() -> cutoff.setValue(TestDemo.AS_OF));
        FxTestSupport.waitUntil(() -> plans.getText().startsWith("1 person in this list"));
        robot.clickOn("#setup-staff-inducted");
        FxTestSupport.waitUntil(() -> plans.getText().startsWith("Unticked, nobody is taken as inducted: all 4 people"));
        assertThat(cutoff.isDisabled()).isTrue();
        robot.clickOn("#setup-staff-inducted");
        FxTestSupport.waitUntil(() -> plans.getText().startsWith("1 person in this list"));

        robot.clickOn("#wizard-next");
        FxTestSupport.waitUntil(() -> "Your policies".equals(title(robot)));
        robot.clickOn("#wizard-next");
        FxTestSupport.waitUntil(() -> created.get() != null);

        TrackerServices saved = created.get();
        assertThat(saved.repositories().staff().count()).isEqualTo(4);
        assertThat(saved.compliance().summary(TestDemo.AS_OF).inductionOverdueItems()).isZero();
        for (var member : saved.repositories().staff().findAll()) {
            assertThat(saved.repositories().induction().planId(member.id())).as(member.fullName() + "'s induction plan")
                    .matches(plan -> plan.isPresent() == member.fullName().equals("Dana Price"));
        }
        saved.repositories().db().close();
    }
}
