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
        FxTestSupport.waitUntil(() -> !s.repositories().versions().findByPolicy(saved.id()).isEmpty());
        PolicyVersion v = s.repositories().versions().findByPolicy(saved.id()).get(0);
        assertThat(v.label()).isEqualTo("1.0");
        assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(v.minuteRef()).isEqualTo("FGB 26/10");
        assertThat(v.approvedBy()).isEqualTo("Full governing body");
        FxTestSupport.waitUntil(() -> robot.lookup("#versions-table").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-figures").queryAs(Label.class).getText().startsWith("Version 1.0:"));
        Screenshots.take(stage.getScene(), "policies-detail");
    }

    private static String history(FxRobot robot) {
        return robot.lookup("#review-history").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).collect(java.util.stream.Collectors.joining("\n"));
    }

    private void select(FxRobot robot, String title) {
        type(robot, "#policies-filter", title);
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-title").tryQuery()
                .map(n -> ((Label) n).getText().equals(title)).orElse(false));
    }

    @Test
    void addingAnApprovedVersionShowsAsAReviewInThePolicysHistory(FxRobot robot) {
        openPolicies(robot);
        select(robot, "Health and Safety Policy");
        assertThat(history(robot)).startsWith("Review planned for 20/01/2027 Helen Marsh")
                .contains("Approved 21/01/2026 (version 1.0, approved by Full governing body, minute FGB 26/01).");
        assertThat(robot.lookup("#review-history-empty").tryQuery()).isEmpty();

        robot.clickOn("#detail-add-version");
        FxTestSupport.waitUntil(() -> robot.lookup("#version-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#version-approval-hint").queryAs(Label.class).getText()).contains("awaiting approval");
        type(robot, "#version-label", "2.0");
        robot.clickOn("#version-material");
        setDate(robot, "#version-effective", LocalDate.of(2027, 1, 4));
        setDate(robot, "#version-approved-on", LocalDate.of(2026, 11, 18));
        type(robot, "#version-minute", "FGB 26/11 item 5");
        robot.clickOn(robot.lookup("#version-dialog .button").lookup((Button b) -> b.getText().equals("Add version"))
                .queryButton());

        FxTestSupport.waitUntil(() -> history(robot).startsWith("Reviewed 18/11/2026"));
        assertThat(history(robot)).startsWith("Reviewed 18/11/2026 (new version 2.0, approved by Full governing body on "
                + "18/11/2026, minute FGB 26/11 item 5). Helen Marsh Site survey first")
                .doesNotContain("Review planned").doesNotContain("No reviews");
        assertThat(robot.lookup("#review-history-empty").tryQuery()).isEmpty();
        assertThat(robot.lookup("#detail-last-review").queryAs(Label.class).getText()).isEqualTo("Last approved 18/11/2026 "
                + "(version 2.0, approved by Full governing body, minute FGB 26/11 item 5)");
        Screenshots.take(stage.getScene(), "policies-review-history");
    }

    @Test
    void aVersionAwaitingApprovalIsMarkedUntilItsApprovalIsRecorded(FxRobot robot) {
        openPolicies(robot);
        select(robot, "Staff Code of Conduct");
        robot.clickOn("#detail-add-version");
        FxTestSupport.waitUntil(() -> robot.lookup("#version-dialog").tryQuery().isPresent());
        type(robot, "#version-label", "5.1");
        setDate(robot, "#version-effective", LocalDate.of(2026, 11, 10));
        Button add = robot.lookup("#version-dialog .button").lookup((Button b) -> b.getText().equals("Add version")).queryButton();
        setDate(robot, "#version-approved-on", LocalDate.of(2026, 11, 25));
        assertThat(add.isDisabled()).as("an approval in the future").isTrue();
        setDate(robot, "#version-approved-on", null);
        assertThat(add.isDisabled()).isFalse();
        robot.clickOn(add);

        FxTestSupport.waitUntil(() -> robot.lookup("#detail-awaiting").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-awaiting").queryAs(Label.class).getText()).isEqualTo("Version 5.1 (effective "
                + "10/11/2026) awaiting approval. Until it is approved it moves no review date.");
        assertThat(history(robot)).startsWith("Version 5.1 (effective 10/11/2026) awaiting approval.");
        assertThat(robot.lookup("#detail-last-review").queryAs(Label.class).getText()).startsWith("Last approved 08/07/2026");
        TrackerServices s = servicesOf();
        Policy code = s.policyService().policyByTitle("Staff Code of Conduct");
        assertThat(table(robot).getItems().get(0).standing().nextDue()).as("not moved").isEqualTo(LocalDate.of(2027, 7, 8));

        FxTestSupport.waitUntil(() -> robot.lookup("#approve-version-5-1").tryQuery().isPresent());
        Button approve = robot.lookup("#approve-version-5-1").queryButton();
        javafx.application.Platform.runLater(approve::fire); // the dialog waits for its answer: do not wait for it here
        FxTestSupport.waitUntil(() -> robot.lookup("#approve-dialog").tryQuery().isPresent());
        Button record = robot.lookup("#approve-dialog .button").lookup((Button b) -> b.getText().equals("Record approval"))
                .queryButton();
        assertThat(record.isDisabled()).as("no date yet").isTrue();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> by = robot.lookup("#approve-by").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(by.getValue()).isEqualTo("Full governing body");
        setDate(robot, "#approve-on", LocalDate.of(2026, 11, 20));
        type(robot, "#approve-minute", "FGB 26/11 item 2");
        robot.clickOn(record);

        FxTestSupport.waitUntil(() -> robot.lookup("#detail-awaiting").tryQuery().isEmpty()
                && robot.lookup("#detail-last-review").tryQuery().map(n -> ((Label) n).getText().startsWith("Last approved 20/11/2026"))
                .orElse(false));
        assertThat(robot.lookup("#detail-last-review").queryAs(Label.class).getText()).isEqualTo("Last approved 20/11/2026 "
                + "(version 5.1, approved by Full governing body, minute FGB 26/11 item 2)");
        assertThat(history(robot)).startsWith("Approved 20/11/2026 (version 5.1, approved by Full governing body, minute "
                + "FGB 26/11 item 2).");
        PolicyVersion v = s.repositories().versions().findByPolicy(code.id()).stream().filter(x -> x.label().equals("5.1")).findFirst()
                .orElseThrow();
        assertThat(v.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        FxTestSupport.waitUntil(() -> LocalDate.of(2027, 11, 20).equals(table(robot).getItems().get(0).standing().nextDue()));
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
        FxTestSupport.waitUntil(() -> s.repositories().versions().findByPolicy(p.id()).stream().anyMatch(v -> v.label().equals("1.1")));
        PolicyVersion v = s.repositories().versions().findByPolicy(p.id()).stream().filter(x -> x.label().equals("1.1")).findFirst().orElseThrow();
        assertThat(v.fileName()).isEqualTo("staff-social-media.txt");
        assertThat(v.approvedBy()).isEqualTo("Mark Phillips");
        assertThat(s.repositories().policies().findById(p.id()).orElseThrow().nextReviewOverride()).isEqualTo(LocalDate.of(2027, 9, 30));
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
