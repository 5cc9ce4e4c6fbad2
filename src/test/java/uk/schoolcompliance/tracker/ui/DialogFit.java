package uk.schoolcompliance.tracker.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens a dialog as a user would and lists what a user could not read on a screen of a given size: text cut
 * with "…" ({@link CutText}), a window larger than the screen or partly off it, content squeezed below the size it
 * asks for, and (on a screen big enough for the whole dialog) a scroll bar needed to see the form itself (a table's
 * or list's own scroll bar is fine: its rows scroll).
 */
public final class DialogFit {

    private DialogFit() {
    }

    /** Opens the case's dialog, checks it against a {@code width} × {@code height} screen at (0, 0), closes it. */
    public static List<String> check(FxRobot robot, DialogCase c, double width, double height, boolean scrollAllowed) {
        Set<Window> before = new HashSet<>(onFx(() -> new ArrayList<>(Window.getWindows())));
        Platform.runLater(c.open());
        try {
            FxTestSupport.waitUntil(() -> opened(before).isPresent());
        } catch (AssertionError e) {
            return List.of(c.name() + ": did not open");
        }
        Window w = onFx(() -> opened(before).orElseThrow());
        robot.interact(() -> c.fill().accept(w));
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Parent root = w.getScene().getRoot();
            CutText.under(root).forEach(cut -> problems.add(c.name() + ": " + cut));
            problems.addAll(size(c.name(), w, root, width, height, scrollAllowed));
        });
        close(robot, before);
        return problems;
    }

    static List<String> size(String name, Window w, Parent root, double width, double height, boolean scrollAllowed) {
        List<String> problems = new ArrayList<>();
        if (w.getWidth() > width + 0.5 || w.getHeight() > height + 0.5) {
            problems.add(name + ": opens at " + Math.round(w.getWidth()) + " × " + Math.round(w.getHeight())
                    + ", larger than the " + Math.round(width) + " × " + Math.round(height) + " screen");
        } else if (w.getX() < -0.5 || w.getY() < -0.5 || w.getX() + w.getWidth() > width + 0.5
                || w.getY() + w.getHeight() > height + 0.5) {
            problems.add(name + ": partly off the " + Math.round(width) + " × " + Math.round(height) + " screen at ("
                    + Math.round(w.getX()) + ", " + Math.round(w.getY()) + ") at " + Math.round(w.getWidth()) + " × "
                    + Math.round(w.getHeight()));
        }
        if (root instanceof DialogPane pane) {
            double prefH = pane.prefHeight(pane.getWidth());
            double minH = pane.minHeight(pane.getWidth());
            double needed = Math.min(prefH, Math.max(minH, 0));
            if (pane.getHeight() + 0.5 < needed) {
                problems.add(name + ": squeezed to " + Math.round(pane.getHeight()) + " px high, needs " + Math.round(needed));
            }
        }
        if (!scrollAllowed) {
            for (Node n : root.lookupAll(".scroll-pane")) {
                if (n instanceof ScrollPane sp && shown(sp) && !insideAList(sp)) {
                    for (Node b : sp.lookupAll(".scroll-bar")) {
                        if (b instanceof ScrollBar bar && bar.getParent() == sp && bar.isVisible()
                                && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
                            problems.add(name + ": needs a " + (bar.getOrientation() == Orientation.VERTICAL
                                    ? "vertical" : "horizontal") + " scroll bar to show its content");
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static boolean insideAList(Node n) {
        for (Node x = n.getParent(); x != null; x = x.getParent()) {
            if (x instanceof TableView<?> || x instanceof ListView<?> || x instanceof TreeTableView<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Window> opened(Set<Window> before) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && !before.contains(w))
                .reduce((a, b) -> b);
    }

    /** Closes whatever opened since {@code before} (a dialog may open another as it closes). */
    public static void close(FxRobot robot, Set<Window> before) {
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                    .filter(w -> !before.contains(w) && w.isShowing()).forEach(Window::hide));
            WaitForAsyncUtils.waitForFxEvents();
            if (onFx(() -> opened(before).isEmpty())) {
                return;
            }
        }
    }

    static <T> T onFx(java.util.concurrent.Callable<T> what) {
        try {
            return WaitForAsyncUtils.asyncFx(what).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
