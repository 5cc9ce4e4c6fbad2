package uk.schoolcompliance.tracker.ui;

import java.util.function.Consumer;

import javafx.stage.Window;

/**
 * One dialog of the app as a user opens it, for the fit checks: {@code open} shows it (on the FX thread; it may
 * block in {@code showAndWait}), {@code fill} then puts into the shown window what a user would before looking (a
 * chosen file previewed, a name typed), or does nothing.
 */
public record DialogCase(String name, Runnable open, Consumer<Window> fill) {

    public DialogCase(String name, Runnable open) {
        this(name, open, w -> { });
    }
}
