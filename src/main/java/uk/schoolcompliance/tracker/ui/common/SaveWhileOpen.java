package uk.schoolcompliance.tracker.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;

/**
 * A dialog whose button SAVES WHILE THE DIALOG IS OPEN (issue #18): the dialog closes only when the save succeeded.
 * A save that fails (a trust's server that went away, someone else's change since the dialog opened, a rule that
 * refuses it) shows its one line in the dialog, which stays open with every value as typed, ready to try again.
 *
 * <p>The button's action is consumed; the dialog's check runs first on the FX thread (a date field holding text that
 * is not a date, say), then the {@link Saver} runs the write off the FX thread (the view model's
 * {@code ctx.executor()}) and answers on the FX thread. While it runs the button is disabled, the dialog shows a busy
 * cursor, and neither Cancel nor the window's close button can close it (the outcome is awaited, so a save is never
 * "cancelled" behind the user's back). The dialog's result is what was entered, set only by a successful save;
 * Cancel gives none.
 */
public final class SaveWhileOpen<R> {

    /** Saves what was entered, off the FX thread: then, on the FX thread, {@code onSaved}, or {@code onRefused}. */
    @FunctionalInterface
    public interface Saver<R> {
        void save(R entered, Runnable onSaved, Consumer<String> onRefused);
    }

    private final Dialog<R> dialog;
    private final Consumer<String> problem;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    private SaveWhileOpen(Dialog<R> dialog, Consumer<String> problem) {
        this.dialog = dialog;
        this.problem = problem;
        dialog.setResultConverter(b -> null); // a result only from a save that succeeded
        // while a save runs, no other button (Cancel, Escape's) and no close request ends the dialog
        for (ButtonType other : dialog.getDialogPane().getButtonTypes()) {
            dialog.getDialogPane().lookupButton(other).addEventFilter(ActionEvent.ACTION, e -> {
                if (saving.get()) {
                    e.consume();
                }
            });
        }
        dialog.addEventHandler(DialogEvent.DIALOG_CLOSE_REQUEST, e -> {
            if (saving.get()) {
                e.consume();
            }
        });
        saving.addListener((o, was, now) -> dialog.getDialogPane().setCursor(now ? Cursor.WAIT : null));
    }

    /**
     * Makes {@code dialog} save while open; {@code problem} shows the dialog's one line (a refusal, or "" when a
     * save starts). Call it once the dialog's buttons are added.
     */
    public static <R> SaveWhileOpen<R> on(Dialog<R> dialog, Consumer<String> problem) {
        return new SaveWhileOpen<>(dialog, problem);
    }

    /**
     * The button of {@code type} saves {@code entered} through {@code saver}. It is enabled while {@code ready} holds
     * and no save runs; {@code check} (on press, on the FX thread) names what the fields hold that cannot be saved,
     * shown instead of saving.
     */
    public Button button(ButtonType type, ObservableBooleanValue ready, Supplier<Optional<String>> check,
            Supplier<R> entered, Saver<R> saver) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.disableProperty().bind(saving.or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !ready.get(),
                ready)));
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (saving.get() || !ready.get()) {
                return;
            }
            Optional<String> why = check.get();
            if (why.isPresent()) {
                problem.accept(why.get());
                return;
            }
            R values = entered.get(); // as typed when OK was pressed
            saving.set(true);
            problem.accept("");
            saver.save(values, () -> {
                saving.set(false);
                dialog.setResult(values);
                dialog.close();
            }, message -> {
                saving.set(false);
                problem.accept(message == null || message.isBlank() ? "" : firstLine(message));
            });
        });
        return button;
    }

    /** True while a save runs. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The dialog shows one line: a message of several is cut to its first. */
    static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
