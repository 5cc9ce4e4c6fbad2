package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.ui.help.HelpDialogs;
import uk.schoolcompliance.tracker.ui.policies.PolicyFormDialog;

/**
 * The focus ring in the dialogs, not only on the pages: with the keyboard on a button, a text field, a choice, a date
 * field, a tick box or a table row of a dialog, that control shows the same 2-pixel accent outline as the main
 * window's controls, fully opaque, so a keyboard user always sees where they are.
 */
@ExtendWith(ApplicationExtension.class)
class DialogFocusRingTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private MainWindow window;
    private final Set<Window> before = new HashSet<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @AfterEach
    void close(FxRobot robot) {
        DialogFit.close(robot, before);
    }

    /** The ring a focused node shows: its border's first stroke, when it is 2 px wide. */
    private static BorderStroke ring(Node n) {
        if (n instanceof Region r && r.getBorder() != null && !r.getBorder().getStrokes().isEmpty()
                && r.getBorder().getStrokes().get(0).getWidths().getTop() == 2.0) {
            return r.getBorder().getStrokes().get(0);
        }
        return null;
    }

    private static Color colour(BorderStroke s) {
        assertThat(s.getTopStroke()).isInstanceOf(Color.class);
        assertThat(s.getLeftStroke()).isEqualTo(s.getTopStroke());
        return (Color) s.getTopStroke();
    }

    /** The main window's ring colour, from its focused search field. */
    private Color mainWindowRing(FxRobot robot) {
        Region search = robot.lookup("#global-search").queryAs(Region.class);
        robot.interact(search::requestFocus);
        FxTestSupport.waitUntil(() -> search.isFocused() && ring(search) != null);
        return colour(ring(search));
    }

    private Scene open(FxRobot robot, Runnable show, String id) {
        before.clear();
        before.addAll(DialogFit.onFx(() -> new ArrayList<>(Window.getWindows())));
        Platform.runLater(show);
        FxTestSupport.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> !before.contains(w)
                && w.getScene() != null && w.getScene().lookup(id) != null));
        return DialogFit.onFx(() -> Window.getWindows().stream().filter(w -> !before.contains(w)
                && w.getScene().lookup(id) != null).findFirst().orElseThrow().getScene());
    }

    @Test
    void everyKindOfControlInADialogShowsTheRing(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        Color expected = mainWindowRing(robot);
        assertThat(expected.getOpacity()).isEqualTo(1.0);

        Scene form = open(robot, () -> new PolicyFormDialog(stage, null, () -> TestDemo.AS_OF).show(), "#policy-title");
        // the control that takes the focus, and the node that draws its ring
        record Kind(String what, Function<Scene, Node> focus, Function<Scene, Node> ring) {
            Kind(String what, String focus, String ring) {
                this(what, s -> s.lookup(focus), s -> s.lookup(ring));
            }
        }
        Function<Scene, Node> cancel = s -> s.getRoot().lookupAll(".button-bar .button").stream()
                .filter(b -> b instanceof Button x && x.isCancelButton()).findFirst().orElse(null);
        List<Kind> kinds = List.of(
                new Kind("text field", "#policy-title", "#policy-title"),
                new Kind("choice", "#policy-status", "#policy-status"),
                new Kind("editable choice", "#policy-area", "#policy-area"),
                new Kind("tick box", "#policy-statutory", "#policy-statutory > .box"),
                new Kind("date field", "#policy-next-review .date-field-text", "#policy-next-review .date-field-text"),
                new Kind("button", cancel, cancel));
        List<String> missing = new ArrayList<>();
        for (Kind k : kinds) {
            Node focus = DialogFit.onFx(() -> k.focus().apply(form));
            assertThat(focus).as(k.what()).isNotNull();
            robot.interact(focus::requestFocus);
            try {
                FxTestSupport.waitUntil(() -> focus.isFocused() && ring(k.ring().apply(form)) != null);
                Color c = DialogFit.onFx(() -> colour(ring(k.ring().apply(form))));
                if (!c.equals(expected)) {
                    missing.add(k.what() + ": ring in " + c + ", not the accent " + expected);
                }
            } catch (AssertionError e) {
                missing.add(k.what() + ": no 2 px ring when focused");
            }
        }
        assertThat(missing).as("controls of the policy form without a visible focus ring").isEmpty();
        DialogFit.close(robot, before);

        // a table row in a dialog
        Scene keys = open(robot, () -> HelpDialogs.shortcuts(stage, window.shortcuts()), "#help-shortcuts-table");
        TableView<?> table = DialogFit.onFx(() -> (TableView<?>) keys.lookup("#help-shortcuts-table"));
        robot.interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(0);
        });
        FxTestSupport.waitUntil(() -> {
            Node row = table.lookup(".table-row-cell:focused");
            return row != null && ring(row) != null && colour(ring(row)).equals(expected);
        });
    }
}
