package uk.schoolcompliance.tracker.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.PolicyCatalogue;
import uk.schoolcompliance.tracker.domain.SchoolPhase;
import uk.schoolcompliance.tracker.app.SchoolSetupService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * A school just set up (staff and the catalogue's policies, no version yet) opens on a dashboard that
 * says "not started" and "no dates yet", never "100.0 %, on track, 0 of 0".
 */
@ExtendWith(ApplicationExtension.class)
class NewSchoolDashboardTest {

    @TempDir
    static Path dir;

    private int policies;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("new-" + System.nanoTime() + ".db");
        byte[] csv = ("First name,Surname,Work email,Staff type,Start date\n"
                + "Ann,Lee,ann@x.org,Teacher,01/09/2020\nBo,Ng,bo@x.org,Support,01/09/2021\n").getBytes(StandardCharsets.UTF_8);
        TrackerServices s = TrackerServices.createSchool(file, TestDemo.ACTOR, new SchoolSetupService.SchoolSetup(
                "Hillside Primary School", SchoolPhase.PRIMARY, 14, new SchoolSetupService.StaffList("staff.csv", csv),
                PolicyCatalogue.preselected(SchoolPhase.PRIMARY)), TestDemo.CLOCK);
        policies = s.repositories().policies().findAll().size();
        s.repositories().db().close();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext ctx = uk.schoolcompliance.tracker.ui.FxTestSupport.context(dir);
        MainWindow window = new MainWindow(stage, ctx);
        stage.show();
        window.open(file, false);
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void noFigureIsGreenBeforeAnythingCanBeMeasured(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-status").tryQuery().isPresent());
        assertThat(policies).isPositive();
        assertThat(text(robot, "#card-ack-percent-value")).isEqualTo("\u2014");
        assertThat(text(robot, "#card-ack-percent-status")).isEqualTo("Not started");
        assertThat(text(robot, "#card-ack-percent-detail"))
                .isEqualTo("Nothing to acknowledge yet: no policy version is in effect for anyone in post");
        assertThat(text(robot, "#card-ack-overdue-status")).isEqualTo("Not started");
        assertThat(text(robot, "#card-reviews-overdue-value")).isEqualTo("0");
        assertThat(text(robot, "#card-reviews-overdue-status")).isEqualTo("No dates yet");
        assertThat(text(robot, "#card-reviews-overdue-detail"))
                .isEqualTo(policies + " of " + policies + " active policies have no review date yet");
        assertThat(text(robot, "#card-reviews-due-soon-status")).isEqualTo("No dates yet");
        for (String card : new String[] {"#card-ack-percent", "#card-ack-overdue", "#card-reviews-overdue",
                "#card-reviews-due-soon"}) {
            assertThat(robot.lookup(card).queryButton().getStyleClass()).as(card).doesNotContain("rag-green-card")
                    .contains("rag-none-card");
            assertThat(text(robot, card + "-status")).as(card).isNotEqualTo("On track");
        }
    }
}
