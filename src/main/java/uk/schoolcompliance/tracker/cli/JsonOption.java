package uk.schoolcompliance.tracker.cli;

import picocli.CommandLine.Option;

/**
 * {@code --json}, shared by the commands that print JSON (written by {@link Json}). Each command's own wording of
 * the option is in {@code options.properties} ({@code compliance-tracker.COMMAND.json}).
 */
public final class JsonOption {

    @Option(names = "--json", descriptionKey = "json", description = "Print JSON.")
    boolean json;

    /** True when the command is to print JSON. */
    public boolean on() {
        return json;
    }
}
