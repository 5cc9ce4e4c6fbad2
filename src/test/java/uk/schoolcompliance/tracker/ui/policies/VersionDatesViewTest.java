package uk.schoolcompliance.tracker.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/**
 * "31/11/2026 typed as an approval date was stored as 30/11/2026": the version dialog refuses it, by
 * name, keeps the text as typed and stores nothing; a real date is stored as typed.
 */
@ExtendWith(ApplicationExtension.class)
class VersionDatesViewTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @SuppressWarnings("unchecked")
    private TableView<PoliciesViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#policies-table").queryAs(TableView.class);
    }

    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.push(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    @Test
    void anImpossibleApprovalDateIsRefusedByNameNeverRounded(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        TrackerServices s = TrackerServices.open(Path.of(window.viewModel().openFileProperty().get()), TestDemo.ACTOR,
                TestDemo.CLOCK);
        Policy policy = s.policyService().policyByTitle("Low-Level Concerns Policy");
        List<PolicyVersion> before = s.repositories().versions().findByPolicy(policy.id());
        robot.clickOn("#nav-policies");
        FxTestSupport.waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.policy().id() == policy.id()));
        robot.interact(() -> table(robot).getSelectionModel().select(table(robot).getItems().stream()
                .filter(r -> r.policy().id() == policy.id()).findFirst().orElseThrow()));
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-title").tryQuery()
                .map(n -> ((Label) n).getText().equals(policy.title())).orElse(false));
        robot.clickOn("#detail-add-version");
        FxTestSupport.waitUntil(() -> robot.lookup("#version-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#version-effective-text").queryAs(TextField.class).getText()).isEqualTo("24/11/2026");
        Button add = robot.lookup("#version-dialog .button").lookup((Button b) -> b.getText().equals("Add version"))
                .queryButton();

        retype(robot, "#version-approved-on-text", "31/11/2026");
        robot.clickOn(add);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#version-dialog").tryQuery()).as("the dialog stays open").isPresent();
        assertThat(robot.lookup("#version-dialog-problem").queryAs(Label.class).getText())
                .isEqualTo("Approved on: '31/11/2026' is not a date: November 2026 has 30 days");
        assertThat(robot.lookup("#version-approved-on-text").queryAs(TextField.class).getText()).isEqualTo("31/11/2026");
        assertThat(robot.lookup("#version-approved-on-message").queryAs(Label.class).isVisible()).isTrue();
        assertThat(s.repositories().versions().findByPolicy(policy.id())).hasSameSizeAs(before);

        // an effective date far in the future is refused the same way
        retype(robot, "#version-approved-on-text", "");
        retype(robot, "#version-effective-text", "01/12/9999");
        robot.clickOn(add);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#version-dialog-problem").queryAs(Label.class).getText()).isEqualTo(
                "Effective from: '01/12/9999' is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
        assertThat(s.repositories().versions().findByPolicy(policy.id())).hasSameSizeAs(before);

        retype(robot, "#version-effective-text", "1/12/26");
        retype(robot, "#version-approved-on-text", "20 Nov 2026");
        robot.clickOn(add);
        FxTestSupport.waitUntil(() -> s.repositories().versions().findByPolicy(policy.id()).size() == before.size() + 1);
        PolicyVersion added = s.repositories().versions().findByPolicy(policy.id()).stream()
                .filter(v -> before.stream().noneMatch(b -> b.id() == v.id())).findFirst().orElseThrow();
        assertThat(added.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(added.effectiveFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
