package uk.schoolcompliance.tracker.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.PaneMount;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The policy's page alone (no window): what it shows for the safeguarding policy, and where its buttons go. */
@ExtendWith({ApplicationExtension.class, PaneMount.RestoreStage.class})
class PolicyDetailPaneTest {

    @TempDir
    static Path dir;

    private final List<Destination> went = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private PoliciesViewModel vm;
    private Policy safeguarding;

    @Start
    void start(Stage stage) {
        UiContext ctx = PaneMount.demo(dir);
        ctx.setNavigator(went::add);
        safeguarding = ctx.services().repositories().policies().findByTitle("Child Protection and Safeguarding Policy")
                .orElseThrow();
        vm = new PoliciesViewModel(ctx);
        PaneMount.showInColumn(stage, new PolicyDetailPane(ctx, vm, new Recording()).node(), 520, 760);
    }

    @Test
    void withNothingChosenItSaysHowToChooseAndThenShowsThePolicy(FxRobot robot) {
        assertThat(robot.lookup("#detail-title").tryQuery()).isEmpty();
        assertThat(robot.lookup(".hint").queryAs(Label.class).getText()).startsWith("Choose a policy");

        robot.interact(() -> vm.select(safeguarding.id()));

        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText())
                .isEqualTo("Child Protection and Safeguarding Policy");
        assertThat(robot.lookup(".badge-statutory").queryAs(Label.class).getText()).isEqualTo("Statutory");
        assertThat(robot.lookup("#detail-figures").queryAs(Label.class).getText()).startsWith("Version ");
        assertThat(robot.lookup("#versions-table").tryQuery()).isPresent();
        robot.interact(() -> assertThat(CutText.under(robot.lookup("#policy-detail").query())).isEmpty());
    }

    @Test
    void signOffsOpensTheAcknowledgementsPageWithThisPolicyChosen(FxRobot robot) {
        robot.interact(() -> vm.select(safeguarding.id()));
        Button signOffs = robot.lookup("#detail-sign-offs").queryButton();
        assertThat(signOffs.getText()).isEqualTo("Sign-offs");

        robot.clickOn("#detail-sign-offs");

        assertThat(went).containsExactly(new Destination.SignOffsOf(safeguarding.id()));
        assertThat(asked).isEmpty();
    }

    @Test
    void reviewScheduleGoesToThePolicysReviewAndEditAsksTheWindow(FxRobot robot) {
        robot.interact(() -> vm.select(safeguarding.id()));
        robot.clickOn("#detail-reviews");
        robot.clickOn("#detail-edit");
        assertThat(went).containsExactly(new Destination.ReviewOf(safeguarding.id()));
        assertThat(asked).containsExactly("edit " + safeguarding.title());
    }

    /** Notes what the pane asks of the window instead of opening dialogs. */
    private final class Recording implements PolicyDetailPane.Actions {
        @Override
        public void edit(Policy p) {
            asked.add("edit " + p.title());
        }

        @Override
        public void addVersion(Policy p) {
            asked.add("version " + p.title());
        }

        @Override
        public void retire(Policy p) {
            asked.add("retire " + p.title());
        }

        @Override
        public void approve(Policy p, PolicyVersion v) {
            asked.add("approve " + v.label());
        }

        @Override
        public void openDocument(PolicyVersion v) {
            asked.add("open " + v.label());
        }

        @Override
        public void acknowledge(Policy p) {
            asked.add("acknowledge " + p.title());
        }

        @Override
        public void signOffSession(Policy p) {
            asked.add("session " + p.title());
        }
    }
}
