package uk.schoolcompliance.tracker.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.I18n;

/**
 * The one date field of the app: a text field where a date is typed the way an office writes it
 * (27/11/2026, 1/2/26, 27 Nov 2026: see {@link Dates#readForPeople}), with a calendar button beside it.
 *
 * <ul>
 * <li>What was typed is never changed behind the user's back: text that is not a date stays as typed,
 * the field is marked invalid (style class {@value #INVALID_STYLE_CLASS}, a red border, the reason in a
 * tooltip and in a message under the field) and the {@link #valueProperty() value} is null. A whole date
 * that does not exist (31/11/2026) or lies outside the window of sane dates is flagged at once; text
 * still being typed (27/1) only once the field is left.</li>
 * <li>A date that reads is shown back day first (27/11/26 becomes 27/11/2026) when the field is left or
 * Enter is pressed.</li>
 * <li>The value follows the text as it is typed, so a dialog's buttons are right at once; an as-of field
 * ({@link DateFields#asOf}) moves only when the date is committed (Enter, leaving the field, the calendar),
 * so the figures are not recomputed for 1/9/20 on the way to 1/9/2026.</li>
 * <li>Before saving, a form asks {@link #refusal()}: the problem, named after the field, or nothing.</li>
 * </ul>
 *
 * It is a {@link DatePicker} (same value property, id and bindings), so code and tests that set or read a
 * date picker's value keep working; the look and the behaviour are this class's own skin. The text field
 * inside has the id {@code <id>-text}, the calendar button {@code <id>-calendar} and the message
 * {@code <id>-message}, for keyboard users' labels and for TestFX.
 */
public final class DateField extends DatePicker {

    public static final String STYLE_CLASS = "date-field";
    /** On the field while its text is not an acceptable date (and the problem is shown). */
    public static final String INVALID_STYLE_CLASS = "date-field-invalid";

    private final Supplier<LocalDate> today;
    private final TextField text = new WholeDateText();
    private final DatePicker calendar = new DatePicker();
    private final Label message = new Label();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper problemShown = new ReadOnlyBooleanWrapper(this, "problemShown");
    private final BooleanProperty commitWhileTyping = new SimpleBooleanProperty(this, "commitWhileTyping", true);
    private final StringProperty fieldName = new SimpleStringProperty(this, "fieldName");
    /** The user left the field or pressed Enter since the text last changed to a date or to nothing. */
    private boolean committed;
    /** Set while this class changes the value or the text itself, so the listeners leave them alone. */
    private boolean updating;

    /** A field showing {@code initial}; {@code today} (the app's clock) places two-digit years and the window. */
    public DateField(LocalDate initial, Supplier<LocalDate> today) {
        super(initial);
        this.today = today;
        getStyleClass().setAll(STYLE_CLASS);
        getStylesheets().add(DateField.class.getResource("date-field.css").toExternalForm());
        setFocusTraversable(false);
        setPromptText(I18n.t("date.prompt"));

        text.getStyleClass().add("date-field-text");
        text.setText(Dates.forPeople(initial));
        text.promptTextProperty().bind(promptTextProperty());
        text.setPrefWidth(130); // "27/11/2026" with room to spare; the calendar button beside it
        text.accessibleTextProperty().bind(fieldName); // a screen reader names the field as its label does
        text.textProperty().addListener((o, a, t) -> edited());
        text.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        // the text field's own action (Enter) is not the field's: onAction fires once per new value
        text.addEventHandler(ActionEvent.ACTION, ActionEvent::consume);
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit(); // not consumed: Enter still presses a dialog's default button
            } else if (e.getCode() == KeyCode.F4 || e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                calendar.show(); // the calendar from the keyboard, as a date picker opens
                e.consume();
            }
        });

        calendar.getStyleClass().add("date-field-calendar");
        calendar.setEditable(false);
        calendar.setFocusTraversable(false);
        calendar.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return "";
            }

            @Override
            public LocalDate fromString(String s) {
                return null;
            }
        });
        // the calendar marks today by the app's clock, not the computer's
        calendar.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("today");
                if (!empty && item != null && item.equals(today.get())) {
                    getStyleClass().add("today");
                }
            }
        });
        calendar.setTooltip(new Tooltip(I18n.t("date.calendar")));
        calendar.setAccessibleText(I18n.t("date.calendar"));
        calendar.setOnShowing(e -> {
            updating = true;
            try {
                calendar.setValue(getValue());
            } finally {
                updating = false;
            }
        });
        calendar.valueProperty().addListener((o, a, d) -> {
            if (!updating && d != null) {
                setValue(d);
                text.requestFocus();
                text.end();
            }
        });

        message.getStyleClass().add("date-field-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.visibleProperty().bind(problemShown);
        message.managedProperty().bind(problemShown);
        message.textProperty().bind(problem);

        Tooltip why = new Tooltip();
        why.textProperty().bind(problem);
        text.tooltipProperty().bind(Bindings.when(problemShown).then(why).otherwise(tooltipProperty()));

        idProperty().addListener((o, a, id) -> {
            text.setId(id == null ? null : id + "-text");
            calendar.setId(id == null ? null : id + "-calendar");
            message.setId(id == null ? null : id + "-message");
        });
        valueProperty().addListener((o, a, d) -> {
            if (!updating) {
                showValue(d);
            }
            fireEvent(new ActionEvent()); // onAction on every new value, as a DatePicker does
        });
        commitWhileTyping.addListener((o, a, b) -> edited());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DateFieldSkin(this, text, calendar, message);
    }

    /** Focuses the text field (where the typing goes), not the container. */
    @Override
    public void requestFocus() {
        text.requestFocus();
    }

    /** The text field the date is typed in. */
    public TextField textField() {
        return text;
    }

    /** The typed text, as typed. */
    public ReadOnlyStringProperty textProperty() {
        return text.textProperty();
    }

    /** Nothing typed (spaces at most): the field holds no date and nothing is wrong with it. */
    public boolean isBlank() {
        return text.getText() == null || text.getText().isBlank();
    }

    /** Why the text is not an acceptable date, as the user typed it now; null when it is a date or blank. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    /** Whether the problem is on show (under the field, in its tooltip, as a red border). */
    public ReadOnlyBooleanProperty problemShownProperty() {
        return problemShown.getReadOnlyProperty();
    }

    /** The field's name in messages ("Done on"); {@link Forms#row} sets it from the label. */
    public StringProperty fieldNameProperty() {
        return fieldName;
    }

    public void setFieldName(String name) {
        fieldName.set(name);
    }

    public String getFieldName() {
        return fieldName.get();
    }

    /** True (the default) when the value follows the text while typing; false for as-of dates. */
    public BooleanProperty commitWhileTypingProperty() {
        return commitWhileTyping;
    }

    public void setCommitWhileTyping(boolean on) {
        commitWhileTyping.set(on);
    }

    /**
     * Commits the text as Enter does: the value becomes the date typed (null when blank or not a date),
     * a date is shown back day first, a problem is put on show. Never changes text that is not a date.
     *
     * @return true when the text is a date or blank
     */
    public boolean commit() {
        Dates.Reading r = Dates.readForPeople(text.getText(), today.get());
        setValueQuietly(r.ok() ? r.date() : null);
        if (r.ok() && r.date() != null) {
            setTextQuietly(Dates.forPeople(r.date()));
        }
        committed = !r.ok();
        show(r);
        return r.ok();
    }

    /**
     * What a form says when asked to save with this field: nothing when the text is a date or blank,
     * else the problem named after the field ({@code Done on: '31/11/2026' is not a date: ...}), which is
     * then on show under the field.
     */
    public Optional<String> refusal() {
        if (commit()) {
            return Optional.empty();
        }
        String name = getFieldName();
        return Optional.of(name == null || name.isBlank() ? getProblem() : name + ": " + getProblem());
    }

    /** The text changed under the user's hands. */
    private void edited() {
        if (updating) {
            return;
        }
        Dates.Reading r = Dates.readForPeople(text.getText(), today.get());
        if (r.ok()) {
            committed = false;
        }
        if (commitWhileTyping.get()) {
            setValueQuietly(r.ok() ? r.date() : null);
        }
        show(r);
    }

    private void show(Dates.Reading r) {
        problem.set(r.problem());
        boolean shown = r.problem() != null && (r.shaped() || committed);
        problemShown.set(shown);
        if (shown) {
            if (!getStyleClass().contains(INVALID_STYLE_CLASS)) {
                getStyleClass().add(INVALID_STYLE_CLASS);
            }
        } else {
            getStyleClass().remove(INVALID_STYLE_CLASS);
        }
        text.pseudoClassStateChanged(Styles.STATE_DANGER, shown); // the theme's red border
        text.setAccessibleHelp(shown ? r.problem() : null);
    }

    /** The value was set by the program: show it, and forget any problem with earlier text. */
    private void showValue(LocalDate d) {
        setTextQuietly(Dates.forPeople(d));
        committed = false;
        show(Dates.readForPeople(text.getText(), today.get()));
    }

    private void setValueQuietly(LocalDate d) {
        updating = true;
        try {
            setValue(d);
        } finally {
            updating = false;
        }
    }

    private void setTextQuietly(String s) {
        if (s.equals(text.getText())) {
            return;
        }
        updating = true;
        try {
            text.setText(s);
        } finally {
            updating = false;
        }
    }

    /**
     * The field's text box: in a crowded bar (the top bar at 125 %) it gives way no further than a whole date, so it
     * never shows "24/11/20" for 24/11/2026.
     */
    private static final class WholeDateText extends TextField {

        /** As wide as any dd/MM/yyyy date (the digits of the app's font are all one width). */
        private static final String WIDEST = "00/00/0000";

        @Override
        protected double computeMinWidth(double height) {
            double widest = 0;
            for (String s : new String[] {WIDEST, getText()}) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(s == null ? "" : s);
                t.setFont(getFont());
                widest = Math.max(widest, Math.ceil(t.getLayoutBounds().getWidth()));
            }
            // and room for the caret after the last digit
            return Math.max(super.computeMinWidth(height), snappedLeftInset() + widest + 2 + snappedRightInset());
        }
    }
}
