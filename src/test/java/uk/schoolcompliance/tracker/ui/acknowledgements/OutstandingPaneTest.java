package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.PaneMount;
import uk.schoolcompliance.tracker.ui.UncutColumns;

/** The outstanding tab mounted on its own over the demo school, at the width it has in a 1280-pixel window. */
@ExtendWith(ApplicationExtension.class)
class OutstandingPaneTest {

    @TempDir
    static Path dir;

    private AcknowledgementsViewModel vm;
    private OutstandingPane pane;
    private final List<Obligation> recorded = new ArrayList<>();

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new AcknowledgementsViewModel(PaneMount.demo(dir));
        pane = new OutstandingPane(vm.context(), vm, () -> stage, recorded::add);
        pane.setShown(true);
        PaneMount.show(stage, pane);
        vm.load();
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void listsEveryGapByPolicyWithTheDashboardsCountAndNothingCut(FxRobot robot) {
        robot.interact(() -> {
            assertThat(pane.tree().getRoot().getChildren()).isNotEmpty();
            int gaps = pane.tree().getRoot().getChildren().stream().mapToInt(g -> g.getChildren().size()).sum();
            assertThat(gaps).isEqualTo(vm.outstanding().size());
            assertThat(robot.lookup("#acks-outstanding-count").queryAs(Label.class).getText()).isEqualTo(vm.countLine());
            assertThat(CutText.under(pane)).isEmpty();
            assertThat(UncutColumns.cutIn(pane.tree(), pane.tree().getColumns().get(0))).isEmpty();
            assertThat(UncutColumns.cutIn(pane.tree(), pane.tree().getColumns().get(5))).isEmpty();
        });
    }

    @Test
    void groupingByPersonListsPeopleAndCopyingPutsTheirAddressesOnTheClipboard(FxRobot robot) {
        robot.clickOn("#acks-group-staff");
        robot.interact(() -> {
            assertThat(vm.groupByStaffProperty().get()).isTrue();
            OutstandingPane.Row first = pane.tree().getRoot().getChildren().get(0).getValue();
            assertThat(first.title()).isEqualTo(first.group().gaps().get(0).staff().sortName());
            assertThat(CutText.under(pane)).isEmpty();
        });
        robot.clickOn("#acks-chase-copy");
        robot.interact(() -> {
            List<String> emails = AcknowledgementsViewModel.chaseEmails(List.copyOf(vm.outstanding()));
            assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo(String.join("; ", emails));
            assertThat(vm.messageProperty().get()).startsWith(emails.size() + " email addresses copied");
        });
    }
}
