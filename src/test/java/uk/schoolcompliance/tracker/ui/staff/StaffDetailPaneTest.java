package uk.schoolcompliance.tracker.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.PaneMount;
import uk.schoolcompliance.tracker.ui.UiContext;

/** A person's page alone (no window): what it shows, that nothing on it is cut, and where its buttons go. */
@ExtendWith({ApplicationExtension.class, PaneMount.RestoreStage.class})
class StaffDetailPaneTest {

    @TempDir
    static Path dir;

    private final List<Destination> went = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private StaffViewModel vm;
    private StaffMember person;

    @Start
    void start(Stage stage) {
        UiContext ctx = PaneMount.demo(dir);
        ctx.setNavigator(went::add);
        // the in-post person with the longest job title: the hardest to show in a narrow pane
        person = ctx.services().repositories().staff().findAll().stream().filter(s -> s.inPostOn(TestDemo.AS_OF) && s.jobTitle() != null)
                .max(Comparator.comparingInt(s -> s.jobTitle().length())).orElseThrow();
        vm = new StaffViewModel(ctx);
        StaffDetailPane pane = new StaffDetailPane(ctx, vm, new StaffDetailPane.Actions() {
            @Override
            public void edit() {
                asked.add("edit");
            }

            @Override
            public void acknowledge(StaffMember s) {
                asked.add("acknowledge " + s.fullName());
            }
        });
        PaneMount.showInColumn(stage, pane.node(), 400, 760);
    }

    @Test
    void showsTheChosenPersonWithNothingCut(FxRobot robot) {
        assertThat(robot.lookup("#staff-detail-name").tryQuery()).isEmpty();
        robot.interact(() -> vm.select(person.id()));
        assertThat(robot.lookup("#staff-detail-name").queryAs(Label.class).getText()).isEqualTo(person.fullName());
        robot.interact(() -> assertThat(CutText.under(robot.lookup("#staff-detail").query())).isEmpty());
    }

    @Test
    void inductionGoesToTheirChecklistAndAcknowledgeAsksTheWindow(FxRobot robot) {
        robot.interact(() -> vm.select(person.id()));
        robot.clickOn("#staff-detail-induction");
        robot.clickOn("#staff-acknowledge");
        assertThat(went).containsExactly(new Destination.InductionOf(person.id()));
        assertThat(asked).containsExactly("acknowledge " + person.fullName());
    }
}
