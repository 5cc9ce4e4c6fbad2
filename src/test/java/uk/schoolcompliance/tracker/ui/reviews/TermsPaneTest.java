package uk.schoolcompliance.tracker.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.PaneMount;

/** The by-term view mounted on its own over the demo school: a heading per term, nothing cut, following the filter. */
@ExtendWith(ApplicationExtension.class)
class TermsPaneTest {

    @TempDir
    static Path dir;

    private ReviewsViewModel vm;
    private TermsPane pane;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new ReviewsViewModel(PaneMount.demo(dir));
        pane = new TermsPane(vm);
        PaneMount.show(stage, pane, 700, 600);
        vm.load();
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void showsAHeadingPerTermAndFollowsTheFilter(FxRobot robot) {
        robot.interact(() -> {
            assertThat(pane.terms().lookupAll(".term-title")).hasSize(vm.byTerm().size()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(CutText.under(pane)).isEmpty();
        });
        robot.interact(() -> vm.filterTextProperty().set("Complaints"));
        robot.interact(() -> {
            assertThat(pane.terms().lookupAll(".term-title")).hasSize(1);
            assertThat(pane.terms().lookupAll(".term-policy")).singleElement()
                    .satisfies(n -> assertThat(((javafx.scene.control.Label) n).getText()).startsWith("Complaints"));
        });
    }
}
