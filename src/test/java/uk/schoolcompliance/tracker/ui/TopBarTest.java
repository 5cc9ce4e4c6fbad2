package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;

/**
 * The top bar mounted on its own over the demo school: the school's name, the as-of date in step with the context
 * both ways, who is using the app, and the global search, whose chosen hit goes to its page.
 */
@ExtendWith({ApplicationExtension.class, PaneMount.RestoreStage.class})
class TopBarTest {

    @TempDir
    static Path dir;

    private final List<Destination> went = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private UiContext ctx;
    private MainViewModel vm;
    private TopBar bar;

    @Start
    void start(Stage stage) {
        ctx = PaneMount.demo(dir);
        vm = new MainViewModel(ctx);
        vm.refreshCounts();
        bar = new TopBar(ctx, vm, went::add, () -> asked.add("user"));
        PaneMount.show(stage, (Parent) bar.node(), 1280, 60);
    }

    @Test
    void showsTheSchoolAndWhoIsUsingTheAppWithNothingCut(FxRobot robot) {
        assertThat(robot.lookup("#school-name").queryAs(Label.class).getText()).isEqualTo("Oakfield Primary School");
        Button user = robot.lookup("#current-user").queryButton();
        assertThat(user.getText()).isEqualTo(vm.currentUserProperty().get()).isNotBlank();
        robot.clickOn("#current-user");
        assertThat(asked).containsExactly("user");
        robot.interact(() -> assertThat(CutText.under(bar.node())).isEmpty());
        assertThat(bar.schoolPicker().isVisible()).as("one school: no choice of school").isFalse();
    }

    @Test
    void theAsOfDateMovesTheContextAndFollowsIt(FxRobot robot) {
        DatePicker asOf = robot.lookup("#as-of").queryAs(DatePicker.class);
        assertThat(asOf.getValue()).isEqualTo(TestDemo.AS_OF);
        LocalDate endOfTerm = LocalDate.of(2026, 7, 22);
        robot.interact(() -> asOf.setValue(endOfTerm));
        assertThat(ctx.asOf()).isEqualTo(endOfTerm);
        robot.interact(() -> ctx.asOfProperty().set(TestDemo.AS_OF)); // a page moved it ("Show as of today")
        assertThat(asOf.getValue()).isEqualTo(TestDemo.AS_OF);
        robot.interact(() -> asOf.setValue(null)); // a cleared field leaves the figures' date alone
        assertThat(ctx.asOf()).isEqualTo(TestDemo.AS_OF);
    }

    @Test
    void aChosenSearchHitGoesToItsPageAndClearsTheSearch(FxRobot robot) {
        assertThat(vm.search("okafor")).isNotEmpty();
        robot.clickOn("#global-search").write("okafor");
        FxTestSupport.waitUntil(() -> robot.lookup(".auto-complete-popup .list-cell").tryQuery()
                .map(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null).orElse(false));
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell").<javafx.scene.Node>query());
        FxTestSupport.waitUntil(() -> !went.isEmpty());
        assertThat(went).containsExactly(vm.search("okafor").get(0).destination());
        assertThat(bar.search().getText()).isEmpty();
    }
}
