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
}
