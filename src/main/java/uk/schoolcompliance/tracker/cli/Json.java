package uk.schoolcompliance.tracker.cli;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of the commands' JSON: a record (or a list of records) of the command's documented shape, its
 * fields in the record's order, indented, dates as ISO text ({@code 2026-11-24}), absent values as {@code null}.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY) // the documented order is the record's
            .build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * A JSON list written to {@code out} one element at a time as {@code rows} hands them over (Jackson's streaming
     * generator under the same mapper), so a long list is never built in memory: the same characters as
     * {@code write(list)}. {@code out} is flushed, not closed.
     */
    public static <T> void writeList(java.io.Writer out, java.util.function.Consumer<java.util.function.Consumer<T>> rows) {
        java.io.Writer kept = new java.io.FilterWriter(out) {
            @Override
            public void close() throws java.io.IOException {
                flush(); // the command's writer stays open for what follows
            }
        };
        try (tools.jackson.databind.SequenceWriter list = MAPPER.writer().writeValuesAsArray(kept)) {
            rows.accept(list::write);
        }
    }
}
