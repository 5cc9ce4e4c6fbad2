package uk.schoolcompliance.tracker.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.app.ServerDetails;
import uk.schoolcompliance.tracker.app.ServerLogin;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ServerAddress;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.staff.StaffViewModel;
import uk.schoolcompliance.tracker.ui.trust.SchoolPickerModel;

/**
 * The window for a login whose role is one school's office or a governor (#19): an office sees its own school's
 * people only and its school picker offers no other school; a governor sees the dashboard's figures, and the pages
 * of people say plainly that the role does not include them instead of an error from the server.
 */
@ExtendWith(ApplicationExtension.class)
class RoleWindowTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private UiContext ctx;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.ctx = FxTestSupport.context(dir);
    }

    /** The window as {@code login}, whose password comes as PGPASSWORD would give it. */
    private MainWindow startAs(ServerAddress trust, String login) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            MainWindow window = new MainWindow(stage, ctx);
            stage.show();
            window.viewModel().useServer(TrackerServices.connect(new ServerLogin(Map.of("PGPASSWORD",
                    TestServer.passwordOf(login)), dir.toString()), ServerDetails.parse(TestServer.as(trust, login)
                    .toString()), null, ctx::actor, ctx.clock()));
            return window;
        }).get();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficeSeesOnlyItsOwnSchool(FxRobot robot) throws Exception {
        ServerAddress trust = TestServer.withTrust();
        String office = TestServer.login("office");
        long ashby;
        int ashbyStaff;
        try (TrackerServices admin = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            admin.serverAccess().grant(office, "school-office", "Ashby Primary Academy");
            ashby = admin.schoolService().resolve("Ashby Primary Academy").id();
            ashbyStaff = (int) admin.allStaff().stream().filter(s -> s.schoolId() == ashby).count();
            assertThat(admin.allStaff().size()).isGreaterThan(ashbyStaff);
        }
        startAs(trust, office);
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff").tryQuery().isPresent());
        robot.clickOn("#nav-staff");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-table").tryQuery().isPresent()
                && !robot.lookup("#staff-table").queryAs(TableView.class).getItems().isEmpty());
        TableView<StaffViewModel.Row> table = robot.lookup("#staff-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> r.staff().schoolId()).containsOnly(ashby);
        // the picker offers its school and nothing else
        FxTestSupport.waitUntil(() -> robot.lookup("#school-picker").tryQuery().isPresent());
        SchoolPickerModel picker = ((uk.schoolcompliance.tracker.ui.trust.SchoolPicker) robot.lookup("#school-picker")
                .query()).model();
        FxTestSupport.waitUntil(() -> !picker.choices().isEmpty());
        assertThat(picker.choices()).extracting(c -> c.school() == null ? null : c.school().name())
                .containsOnly("Ashby Primary Academy", null);
    }

    @Test
    void aGovernorSeesTheFiguresAndIsToldTheStaffPageIsNotIncluded(FxRobot robot) throws Exception {
        ServerAddress trust = TestServer.withTrust();
        String governor = TestServer.login("governor");
        Summary expected;
        try (TrackerServices admin = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            admin.serverAccess().grant(governor, "governor", "Brook Academy");
            School b = admin.schoolService().resolve("Brook Academy");
            expected = admin.compliance().calculator(TestDemo.AS_OF, java.util.Optional.of(b)).summary();
        }
        startAs(trust, governor);
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff-value").tryQuery().isPresent());
        assertThat(robot.lookup("#card-staff-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.staffInPost()));
        assertThat(robot.lookup("#card-ack-overdue-value").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.ackOverdue()));
        assertThat(ctx.services().serverAccess().role()).contains("governor");
        assertThat(robot.lookup(".dialog-pane").queryAll()).as("no error from the server").isEmpty();
        robot.clickOn("#nav-staff");
        FxTestSupport.waitUntil(() -> robot.lookup("#role-limit-message").tryQuery().isPresent());
        assertThat(robot.lookup("#role-limit-message").queryAs(Label.class).getText())
                .isEqualTo("Your role (governor) does not include staff records");
        assertThat(robot.lookup("#staff-table").tryQuery()).isEmpty();
        robot.clickOn("#nav-dashboard");
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff-value").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAll()).as("no error from the server").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeaderPlansAReviewOfItsSchoolsOwnPolicyOnTheReviewsPage(FxRobot robot) throws Exception {
        ServerAddress trust = TestServer.withTrust();
        String leader = TestServer.login("leader");
        uk.schoolcompliance.tracker.domain.Policy own;
        try (TrackerServices admin = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            admin.serverAccess().grant(leader, "school-leader", "Ashby Primary Academy");
            long ashby = admin.schoolService().resolve("Ashby Primary Academy").id();
            own = admin.allPolicies().stream().filter(p -> p.schoolId() != null && p.schoolId() == ashby).findFirst()
                    .orElseThrow();
            assertThat(admin.repositories().reviews().findOpen(own.id())).as("nothing planned yet").isEmpty();
        }
        startAs(trust, leader);
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff").tryQuery().isPresent());
        robot.clickOn("#nav-reviews");
        FxTestSupport.waitUntil(() -> robot.lookup("#reviews-table").tryQuery().isPresent()
                && !robot.lookup("#reviews-table").queryAs(TableView.class).getItems().isEmpty());
        TableView<uk.schoolcompliance.tracker.app.ReviewService.Scheduled> table = robot.lookup("#reviews-table")
                .queryAs(TableView.class);
        robot.interact(() -> robot.lookup("#reviews-filter").queryAs(javafx.scene.control.TextField.class)
                .setText(own.title()));
        FxTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).policy().id()).isEqualTo(own.id());
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#reviews-plan");
        FxTestSupport.waitUntil(() -> robot.lookup("#plan-dialog").tryQuery().isPresent());
        java.time.LocalDate meeting = TestDemo.AS_OF.plusDays(22);
        robot.interact(() -> robot.lookup("#plan-meeting").queryAs(javafx.scene.control.DatePicker.class).setValue(meeting));
        robot.interact(() -> robot.lookup("#plan-reviewer").queryAs(javafx.scene.control.TextField.class)
                .setText("Deputy head"));
        robot.clickOn(robot.lookup("#plan-dialog .button").lookup((javafx.scene.control.Button b) -> b.getText()
                .equals("Save plan")).queryButton());
        try (TrackerServices admin = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            FxTestSupport.waitUntil(() -> admin.repositories().reviews().findOpen(own.id())
                    .map(r -> meeting.equals(r.plannedMeeting()) && "Deputy head".equals(r.reviewer())).orElse(false));
        }
        FxTestSupport.waitUntil(() -> robot.lookup("#plan-dialog").tryQuery().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAll()).as("no error from the server").isEmpty();
    }

    @Test
    void aTrustWideGovernorPicksAllSchoolsSeesTheTrustsFiguresAndIsToldStaffIsNotIncluded(FxRobot robot)
            throws Exception {
        ServerAddress trust = TestServer.withTrust();
        String governor = TestServer.login("governor");
        java.util.List<String> expected = new java.util.ArrayList<>();
        java.util.List<String> schools;
        try (TrackerServices admin = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            admin.serverAccess().grant(governor, "governor", null);
            schools = admin.schoolService().choices().stream().map(School::name).toList();
            for (School school : admin.schoolService().choices()) {
                Summary f = admin.compliance().calculator(TestDemo.AS_OF, java.util.Optional.of(school)).summary();
                expected.add(school.name() + " " + f.staffInPost() + " " + f.ackRequired() + " " + f.ackDone() + " "
                        + f.ackOverdue() + " " + f.reviewsOverdue());
            }
            assertThat(expected).hasSize(4);
        }
        startAs(trust, governor);
        FxTestSupport.waitUntil(() -> robot.lookup("#school-picker").tryQuery().isPresent());
        SchoolPickerModel picker = ((uk.schoolcompliance.tracker.ui.trust.SchoolPicker) robot.lookup("#school-picker")
                .query()).model();
        FxTestSupport.waitUntil(() -> !picker.choices().isEmpty());
        assertThat(picker.choices().get(0).school()).isNull();
        assertThat(picker.choices().get(0).label()).isEqualTo("All schools");
        assertThat(picker.choices()).extracting(c -> c.school() == null ? null : c.school().name())
                .containsAll(schools);
        assertThat(picker.selectedProperty().get()).isNotNull().extracting(SchoolPickerModel.Choice::label)
                .isEqualTo("All schools");
        // the trust's figures: every school side by side, each with the trust admin's figures for it
        FxTestSupport.waitUntil(() -> robot.lookup("#trust-overview").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false) && robot.lookup("#trust-overview-table").queryAs(TableView.class).getItems().size()
                == expected.size());
        TableView<?> overview = robot.lookup("#trust-overview-table").queryAs(TableView.class);
        assertThat(overview.getItems()).extracting(r -> {
            Summary f = ((uk.schoolcompliance.tracker.ui.trust.TrustOverviewModel.Row) r).figures().summary();
            return ((uk.schoolcompliance.tracker.ui.trust.TrustOverviewModel.Row) r).name() + " " + f.staffInPost()
                    + " " + f.ackRequired() + " " + f.ackDone() + " " + f.ackOverdue() + " " + f.reviewsOverdue();
        }).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ctx.services().serverAccess().role()).contains("governor");
        assertThat(robot.lookup(".dialog-pane").queryAll()).as("no error from the server").isEmpty();
        robot.clickOn("#nav-staff");
        FxTestSupport.waitUntil(() -> robot.lookup("#role-limit-message").tryQuery().isPresent());
        assertThat(robot.lookup("#role-limit-message").queryAs(Label.class).getText())
                .isEqualTo("Your role (governor) does not include staff records");
        assertThat(robot.lookup("#staff-table").tryQuery()).isEmpty();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAll()).as("no error from the server").isEmpty();
    }
}
