package uk.schoolcompliance.tracker.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The app's stylesheet ({@code app.css}: the font, the colours, and the focus ring that shows which control the
 * keyboard is on) on every window the app opens, dialogs and alerts included, not only the main window: a dialog's
 * focused button, field, date, choice or tick box shows the same ring as the page behind it.
 */
public final class AppStylesheet {

    public static final String URL = AppStylesheet.class.getResource("/uk/schoolcompliance/tracker/ui/app.css")
            .toExternalForm();

    private static boolean installed;

    private AppStylesheet() {
    }

    /**
     * The main window's scene: 1280 × 800, or the whole screen when it is smaller (a 1280 × 800 laptop at 125 % is
     * 1024 × 640), with the stylesheet; and from now on every window the app opens gets it too.
     */
    public static Scene mainScene(javafx.scene.Parent root) {
        onEveryWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        add(scene);
        return scene;
    }

    /** From now on every window that opens gets the stylesheet (once; call on the FX thread). */
    public static void onEveryWindow() {
        if (installed) {
            return;
        }
        installed = true;
        for (Window w : Window.getWindows()) {
            follow(w);
        }
        Window.getWindows().addListener((ListChangeListener<Window>) ch -> {
            while (ch.next()) {
                ch.getAddedSubList().forEach(AppStylesheet::follow);
            }
        });
    }

    private static void follow(Window w) {
        add(w.getScene());
        w.sceneProperty().addListener((o, a, scene) -> add(scene));
    }

    /** The stylesheet on {@code scene}, first, so a window's own stylesheets still win. */
    public static void add(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(URL)) {
            scene.getStylesheets().add(0, URL);
        }
    }
}
