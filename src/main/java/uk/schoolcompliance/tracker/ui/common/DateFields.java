package uk.schoolcompliance.tracker.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import uk.schoolcompliance.tracker.domain.Dates;

/** Date pickers that show and accept dd/MM/yyyy, the way a school office writes dates. */
public final class DateFields {

    private DateFields() {
    }

    public static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return Dates.forPeople(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.trim(), Dates.PEOPLE);
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(text.trim(), java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"));
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
    };

    public static DatePicker picker(LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setConverter(CONVERTER);
        picker.setPromptText("dd/mm/yyyy");
        picker.setPrefWidth(140);
        // commit typed text when focus leaves, not only on Enter
        picker.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                LocalDate typed = CONVERTER.fromString(picker.getEditor().getText());
                if (typed != null) {
                    picker.setValue(typed);
                } else {
                    picker.getEditor().setText(CONVERTER.toString(picker.getValue()));
                }
            }
        });
        return picker;
    }
}
