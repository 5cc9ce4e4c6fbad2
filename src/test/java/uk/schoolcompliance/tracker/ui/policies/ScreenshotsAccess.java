package uk.schoolcompliance.tracker.ui.policies;

import javafx.scene.Scene;

/** Lets tests in other packages save screenshots (see {@link Screenshots}). */
public final class ScreenshotsAccess {

    private ScreenshotsAccess() {
    }

    public static void take(Scene scene, String name) {
        Screenshots.take(scene, name);
    }
}
