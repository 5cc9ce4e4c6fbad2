package uk.schoolcompliance.tracker.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.ui.FxTaskExecutor;
import uk.schoolcompliance.tracker.ui.MainWindow;

/** Issue 16: the wizard's first step offers "One school" or "A trust with several schools". */
@ExtendWith(ApplicationExtension.class)
class SetupWizardTrustTest {

    @TempDir
    static Path dir;

    private SetupWizardViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new SetupWizardViewModel(new FxTaskExecutor(), dir.resolve("trust-" + System.nanoTime()).resolve("tracker.db"));
        SetupWizard wizard = new SetupWizard(vm, TestDemo.CLOCK, stage, s -> { }, () -> { });
        Scene scene = new Scene(wizard.node(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.getStylesheets().add(FirstRun.class.getResource("setup.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void choosingATrustShowsItsSchoolsInPlaceOfThePhase(FxRobot robot) {
        assertThat(robot.lookup("#setup-kind-school").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#setup-trust-schools").queryAs(TextArea.class).isVisible()).isFalse();
        assertThat(robot.lookup("#setup-phase-primary").queryAs(RadioButton.class).getParent().isVisible()).isTrue();
        robot.clickOn("#setup-kind-trust");
        assertThat(vm.trustProperty().get()).isTrue();
        assertThat(robot.lookup("#setup-trust-schools").queryAs(TextArea.class).isVisible()).isTrue();
        assertThat(robot.lookup("#setup-phase-primary").queryAs(RadioButton.class).getParent().isVisible()).isFalse();
        robot.clickOn("#setup-school-name").write("Riverside Learning Trust");
        robot.interact(() -> robot.lookup("#setup-trust-schools").queryAs(TextArea.class)
                .setText("Riverside Primary, 123456\nMeadow Academy"));
        assertThat(vm.schoolStepComplete().get()).isTrue();
        assertThat(vm.trustSchoolList()).hasSize(2);
        robot.clickOn("#setup-kind-school");
        assertThat(robot.lookup("#setup-trust-schools").queryAs(TextArea.class).isVisible()).isFalse();
        assertThat(vm.schoolStepComplete().get()).as("one school: choose its phase").isFalse();
    }
}
