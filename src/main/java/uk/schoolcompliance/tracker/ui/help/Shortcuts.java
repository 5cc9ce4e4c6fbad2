package uk.schoolcompliance.tracker.ui.help;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut the main window installs, installed through here and nowhere else: the "Keyboard
 * shortcuts" table lists exactly this, so it cannot drift from what the keys really do.
 */
public final class Shortcuts {

    /** One shortcut: the keys ("Ctrl+F" on Windows and Linux, "⌘F" on a Mac) and what they do, in words. */
    public record Shortcut(KeyCombination keys, String what) {

        public String keysText() {
            return keys.getDisplayText();
        }
    }

    private final List<Shortcut> all = new ArrayList<>();

    /** Gives a menu item its accelerator; what it does is the item's own text. */
    public void menu(MenuItem item, KeyCombination keys) {
        item.setAccelerator(keys);
        add(keys, item.getText().replace("_", ""));
    }

    /** Installs a window-wide shortcut that no menu item shows. */
    public void scene(Scene scene, KeyCombination keys, String what, Runnable action) {
        scene.getAccelerators().put(keys, action);
        add(keys, what);
    }

    /**
     * Lists a shortcut JavaFX itself installs with a control the window uses (F10 moves to the menu bar); the
     * table's test checks it against the window's real accelerators, so it is listed only while it exists.
     */
    public void provided(KeyCombination keys, String what) {
        add(keys, what);
    }

    private void add(KeyCombination keys, String what) {
        if (all.stream().anyMatch(s -> s.keys().equals(keys))) {
            throw new IllegalStateException(keys.getDisplayText() + " is already a shortcut");
        }
        all.add(new Shortcut(keys, what));
    }

    public List<Shortcut> all() {
        return Collections.unmodifiableList(all);
    }
}
