package uk.schoolcompliance.tracker.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.Section;

/** Clicks through the policy library headless: add a policy with a version, import a document through its confirm step. */
@ExtendWith(ApplicationExtension.class)
class PoliciesViewTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    private TrackerServices services() {
        return window.viewModel() == null ? null : servicesOf();
    }

    private TrackerServices servicesOf() {
        TrackerServices[] s = new TrackerServices[1];
        FxTestSupport.waitUntil(() -> (s[0] = contextServices()) != null);
        return s[0];
    }

    private TrackerServices contextServices() {
        try {
            var f = MainWindow.class.getDeclaredField("ctx");
            f.setAccessible(true);
            return ((uk.schoolcompliance.tracker.ui.UiContext) f.get(window)).services();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<PoliciesViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#policies-table").queryAs(TableView.class);
    }

    private void openPolicies(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.clickOn("#nav-policies");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() >= 32);
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private static void setDate(FxRobot robot, String query, LocalDate date) {
        DatePicker p = robot.lookup(query).queryAs(DatePicker.class);
        robot.interact(() -> p.setValue(date));
    }

    @Test
    void addAPolicyThenAVersionAndSeeItOnThePolicyPage(FxRobot robot) throws Exception {
        openPolicies(robot);
        Screenshots.take(stage.getScene(), "policies-library");
        robot.clickOn("#policies-add");
        FxTestSupport.waitUntil(() -> robot.lookup("#policy-dialog").tryQuery().isPresent());
        Button save = robot.lookup("#policy-dialog .button").lookup((Button b) -> b.getText().equals("Save")).queryButton();
        assertThat(save.isDisabled()).as("no title yet").isTrue();
        type(robot, "#policy-title", "Medicines in School Policy");
        type(robot, "#policy-owner", "Helen Marsh");
        robot.clickOn("#policy-statutory");
        robot.clickOn("#audience-volunteer");
        Screenshots.take(robot.lookup("#policy-dialog").query().getScene(), "policies-add-dialog");
        robot.clickOn(save);

        FxTestSupport.waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.title().equals("Medicines in School Policy")));
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-title").tryQuery()
                .map(n -> ((Label) n).getText().equals("Medicines in School Policy")).orElse(false));
        TrackerServices s = servicesOf();
        Policy saved = s.policyService().policyByTitle("Medicines in School Policy");
        assertThat(saved.statutory()).isTrue();
        assertThat(saved.owner()).isEqualTo("Helen Marsh");
        assertThat(saved.audience()).contains(uk.schoolcompliance.tracker.domain.StaffCategory.VOLUNTEER,
                uk.schoolcompliance.tracker.domain.StaffCategory.TEACHER);

        robot.clickOn("#detail-add-version");
        FxTestSupport.waitUntil(() -> robot.lookup("#version-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#version-label").queryAs(TextField.class).getText()).isEqualTo("1.0");
        setDate(robot, "#version-effective", LocalDate.of(2026, 11, 2));
        setDate(robot, "#version-approved-on", LocalDate.of(2026, 10, 20));
        type(robot, "#version-minute", "FGB 26/10");
        robot.clickOn(robot.lookup("#version-dialog .button").lookup((Button b) -> b.getText().equals("Add version"))
                .queryButton());
        FxTestSupport.waitUntil(() -> !s.versions().findByPolicy(saved.id()).isEmpty());
        PolicyVersion v = s.versions().findByPolicy(saved.id()).get(0);
        assertThat(v.label()).isEqualTo("1.0");
        assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(v.minuteRef()).isEqualTo("FGB 26/10");
        assertThat(v.approvedBy()).isEqualTo("Full governing body");
        FxTestSupport.waitUntil(() -> robot.lookup("#versions-table").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-figures").queryAs(Label.class).getText().startsWith("Version 1.0:"));
        Screenshots.take(stage.getScene(), "policies-detail");
    }

    @Test
    void importADocumentThroughTheConfirmStep(FxRobot robot) throws Exception {
        openPolicies(robot);
        Path example = Files.exists(Path.of("/work/shared/examples/social-media-policy.txt"))
                ? Path.of("/work/shared/examples/social-media-policy.txt") : Path.of("src/test/resources/social-media-policy.txt");
        Path doc = dir.resolve("staff-social-media.txt");
        Files.copy(example, doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PoliciesView view = (PoliciesView) pageOf(Section.POLICIES);
        robot.interact(() -> view.importDocument(doc));
        FxTestSupport.waitUntil(() -> robot.lookup("#import-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#import-title").queryAs(TextField.class).getText()).isEqualTo("Social Media Policy");
        assertThat(robot.lookup("#import-approved-by").queryAs(TextField.class).getText()).isEqualTo("Mark Phillips");
        assertThat(robot.lookup("#import-approved-on").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(robot.lookup("#import-last-reviewed").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(robot.lookup("#import-next-review").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(robot.lookup("#import-target").queryAs(Label.class).getText()).contains("new version of");
        assertThat(robot.lookup("#import-warnings .label").queryAll()).isNotEmpty();
        Screenshots.take(robot.lookup("#import-dialog").query().getScene(), "policies-import-confirm");
        // the person corrects the next review date before confirming
        setDate(robot, "#import-next-review", LocalDate.of(2027, 9, 30));
        type(robot, "#import-label", "1.1");
        robot.clickOn(robot.lookup("#import-dialog .button").lookup((Button b) -> b.getText().equals("Import")).queryButton());

        TrackerServices s = servicesOf();
        Policy p = s.policyService().policyByTitle("Social Media Policy");
        FxTestSupport.waitUntil(() -> s.versions().findByPolicy(p.id()).stream().anyMatch(v -> v.label().equals("1.1")));
        PolicyVersion v = s.versions().findByPolicy(p.id()).stream().filter(x -> x.label().equals("1.1")).findFirst().orElseThrow();
        assertThat(v.fileName()).isEqualTo("staff-social-media.txt");
        assertThat(v.approvedBy()).isEqualTo("Mark Phillips");
        assertThat(s.policies().findById(p.id()).orElseThrow().nextReviewOverride()).isEqualTo(LocalDate.of(2027, 9, 30));
        FxTestSupport.waitUntil(() -> robot.lookup("#policies-status").queryAs(Label.class).getText().contains("1.1"));
        FxTestSupport.waitUntil(() -> robot.lookup("#open-document-1-1").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#open-document-1-1").queryButton().fire());
        FxTestSupport.waitUntil(() -> robot.lookup("#policies-status").queryAs(Label.class).getText().contains("staff-social-media.txt"));
    }

    @Test
    void filtersAndRetireWithConfirmation(FxRobot robot) {
        openPolicies(robot);
        type(robot, "#policies-filter", "safeguard");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() < 10 && !table(robot).getItems().isEmpty());
        assertThat(table(robot).getItems()).allMatch(r -> (r.title() + r.policy().area()).toLowerCase().contains("safeguard"));
        type(robot, "#policies-filter", "Social Media Policy");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-retire").tryQuery().isPresent());
        robot.clickOn("#detail-retire");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button").lookup((Button b) -> b.getText().equals("OK")).queryButton());
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1
                && table(robot).getItems().get(0).badge() == PoliciesViewModel.Badge.RETIRED);
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-reinstate").tryQuery().isPresent());
    }

    private Object pageOf(Section section) {
        try {
            var f = MainWindow.class.getDeclaredField("pages");
            f.setAccessible(true);
            return ((java.util.Map<?, ?>) f.get(window)).get(section);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private static Window any() {
        return null;
    }
}
