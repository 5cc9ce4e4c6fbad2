package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Policy;

/**
 * Navigation is typed: a destination names its page, so a page is only handed what it shows (the
 * acknowledgements page gets a policy to choose, never a staff member's id).
 */
@ExtendWith(ApplicationExtension.class)
class DestinationTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    void everyDestinationNamesItsPage() {
        assertThat(List.<Destination>of(new Destination.Person(1), new Destination.InductionOf(1),
                new Destination.PolicyRecord(1), new Destination.ReviewOf(1), new Destination.SignOffsOf(1),
                Destination.home(Section.AUDIT), Drill.of(Drill.Kind.REVIEWS_DUE_SOON)))
                .extracting(Destination::section)
                .containsExactly(Section.STAFF, Section.INDUCTION, Section.POLICIES, Section.REVIEWS,
                        Section.ACKNOWLEDGEMENTS, Section.AUDIT, Section.REVIEWS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void signOffsOfAPolicyOpenTheAcknowledgementsPageWithThatPolicyChosen(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        Policy capability = TestDemo.open(dir).allPolicies().stream()
                .filter(p -> p.title().equals("Capability Policy")).findFirst().orElseThrow();
        robot.interact(() -> window.navigate(new Destination.SignOffsOf(capability.id())));
        FxTestSupport.waitUntil(() -> {
            ComboBox<Policy> policy = robot.lookup("#acks-filter-policy").queryAs(ComboBox.class);
            return policy.getValue() != null && policy.getValue().id() == capability.id();
        });
        assertThat(robot.lookup("#nav-acknowledgements").queryAs(ToggleButton.class).isSelected()).isTrue();
    }
}
