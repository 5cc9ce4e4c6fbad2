package uk.schoolcompliance.tracker.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * Every date input of the app is a {@link DateField}: made here, shown and read as dd/MM/yyyy, the way
 * a school office writes dates, and refused (never rounded, never wiped) when it is not a date.
 */
public final class DateFields {

    private DateFields() {
    }

    /**
     * A date field for a form, showing {@code initial} (may be null). {@code today} is the app's clock
     * ({@code ctx::today}): it places two-digit years and the window of sane dates.
     */
    public static DateField picker(LocalDate initial, Supplier<LocalDate> today) {
        return new DateField(initial, today);
    }

    /**
     * A date field for a date that recomputes something whenever it changes (an "as of" date, a filter):
     * its value moves only when the date is committed (Enter, leaving the field, the calendar), never on
     * the way through 1/9/20 to 1/9/2026.
     */
    public static DateField asOf(LocalDate initial, Supplier<LocalDate> today) {
        DateField field = picker(initial, today);
        field.setCommitWhileTyping(false);
        return field;
    }

    /**
     * The first refusal among the fields (see {@link DateField#refusal()}); the field refused is focused
     * and shows its problem. Empty when every field holds a date or nothing.
     */
    public static Optional<String> refusal(DateField... fields) {
        for (DateField f : fields) {
            Optional<String> why = f.refusal();
            if (why.isPresent()) {
                f.requestFocus();
                return why;
            }
        }
        return Optional.empty();
    }

    /**
     * Makes a dialog refuse its {@code ok} button while any of the fields holds text that is not a
     * date: the dialog stays open, {@code show} gets the message naming the field (e.g. for the
     * dialog's problem label; may be null) and the field shows the problem under itself.
     */
    public static void refuseInvalid(Dialog<?> dialog, ButtonType ok, Consumer<String> show, DateField... fields) {
        Node button = dialog.getDialogPane().lookupButton(ok);
        button.addEventFilter(ActionEvent.ACTION, e -> refusal(fields).ifPresent(why -> {
            e.consume();
            if (show != null) {
                show.accept(why);
            }
        }));
    }
}
