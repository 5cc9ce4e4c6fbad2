package uk.schoolcompliance.tracker.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Display-only converters for choice boxes and combo boxes (nothing is typed back in). */
public final class Converters {

    private Converters() {
    }

    /**
     * Shows {@code text.apply(value)}, or {@code nullText} for the empty choice (e.g. "All categories").
     */
    public static <T> StringConverter<T> display(Function<T, String> text, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
