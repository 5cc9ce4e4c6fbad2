package uk.schoolcompliance.tracker.ui.trust;

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
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.setup.WelcomeView;

/** The welcome screen offers the demo trust beside the demo school; it opens on every school side by side. */
@ExtendWith(ApplicationExtension.class)
class DemoTrustWelcomeTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private UiContext ctx;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ctx = FxTestSupport.context(dir);
        Path file = dir.resolve(AppPaths.DEMO_TRUST_FILE);
        WelcomeView welcome = new WelcomeView(() -> { }, () -> new MainWindow(stage, ctx).open(file, true), () -> { },
                () -> { });
        stage.setScene(new Scene((javafx.scene.Parent) welcome.node(), 900, 700));
        stage.show();
    }

    @Test
    void theDemoTrustOpensOnItsSchoolsSideBySide(FxRobot robot) {
        assertThat(robot.lookup("#welcome-demo").tryQuery()).isPresent();
        robot.clickOn("#welcome-demo-trust");
        FxTestSupport.waitUntil(() -> robot.lookup("#trust-overview-table").tryQuery().isPresent()
                && robot.lookup("#trust-overview").query().isVisible()
                && robot.lookup("#trust-overview-table").queryAs(TableView.class).getItems().size() == 4);
        assertThat(robot.lookup("#school-picker").query().isVisible()).isTrue();
        assertThat(ctx.services().schoolService().choices()).hasSize(4);
        Node heat = robot.lookup("#school-heat-map").query();
        assertThat(heat.isVisible()).isTrue();
    }
}
