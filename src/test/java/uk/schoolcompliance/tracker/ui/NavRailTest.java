package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/** The navigation rail mounted on its own over the demo school: a button per section, where it goes, its badges. */
@ExtendWith({ApplicationExtension.class, PaneMount.RestoreStage.class})
class NavRailTest {

    @TempDir
    static Path dir;

    private final List<Destination> went = new ArrayList<>();
    private MainViewModel vm;
    private NavRail rail;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(PaneMount.demo(dir));
        rail = new NavRail(vm, went::add);
        PaneMount.show(stage, (Parent) rail.node(), 300, 500);
    }

    private static ToggleButton button(FxRobot robot, Section s) {
        return robot.lookup("#nav-" + s.name().toLowerCase(Locale.ROOT)).queryAs(ToggleButton.class);
    }

    @Test
    void eachSectionHasAButtonInOrderWithItsShortcutAndNothingCut(FxRobot robot) {
        Section[] all = Section.values();
        for (int i = 0; i < all.length; i++) {
            ToggleButton b = button(robot, all[i]);
            assertThat(b.getText()).isEqualTo(I18n.t(all[i].key()));
            assertThat(b.getTooltip().getText()).isEqualTo(I18n.t(all[i].key()) + " (Ctrl+" + (i + 1) + ")");
        }
        assertThat(button(robot, Section.AUDIT).getText()).isEqualTo("Audit log");
        robot.interact(() -> assertThat(CutText.under(rail.node())).isEmpty());
    }

    @Test
    void aClickGoesToTheSectionsHomeAndOneSectionIsSelectedAtATime(FxRobot robot) {
        robot.clickOn("#nav-reviews");
        assertThat(went).containsExactly(Destination.home(Section.REVIEWS));
        assertThat(button(robot, Section.REVIEWS).isSelected()).isTrue();
        robot.clickOn("#nav-reviews"); // a second click keeps it selected (never a toggle off)
        assertThat(button(robot, Section.REVIEWS).isSelected()).isTrue();

        robot.interact(() -> rail.select(Section.STAFF)); // moved by a shortcut or a link on a page
        assertThat(button(robot, Section.STAFF).isSelected()).isTrue();
        assertThat(button(robot, Section.REVIEWS).isSelected()).isFalse();
        assertThat(went).hasSize(2);
    }

    @Test
    void badgesShowTheCountsAboveZeroOnly(FxRobot robot) {
        robot.interact(vm::refreshCounts);
        assertThat(vm.count(Section.ACKNOWLEDGEMENTS).get()).isPositive();
        for (Section s : Section.values()) {
            Label badge = (Label) button(robot, s).getParent().lookup(".nav-badge");
            assertThat(badge.getText()).as(s.name()).isEqualTo(String.valueOf(vm.count(s).get()));
            assertThat(badge.isVisible()).as(s.name()).isEqualTo(vm.count(s).get() > 0);
        }
        robot.interact(() -> vm.count(Section.ACKNOWLEDGEMENTS).set(0));
        assertThat(button(robot, Section.ACKNOWLEDGEMENTS).getParent().lookup(".nav-badge").isVisible()).isFalse();
    }
}
