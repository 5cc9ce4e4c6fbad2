package uk.schoolcompliance.tracker.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.domain.Dates;

/**
 * {@code --as-of YYYY-MM-DD}, shared by the commands that compute figures as of a date: read by picocli into a
 * {@link LocalDate} with {@link Dates#parseIsoField(String, String, LocalDate)} (strictly, inside the window of sane
 * dates around the app's today). A date that is refused is kept as the refusal and thrown when the command asks
 * for the date, first thing, as each command did when it read its own {@code String}: so the one line
 * {@code error: --as-of: ...} and exit 1 come exactly as before, and a usage error elsewhere on the line (an unknown
 * option) is still picocli's exit 2 whatever the order of the options. Each command's own wording of the option is
 * in {@code options.properties} ({@code compliance-tracker.COMMAND.as-of}).
 */
public final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfOption.Reader.class, descriptionKey = "as-of",
            description = "Compute as of this date (default: today).")
    Reading given;

    private final Clock clock;

    /** For picocli's default factory; {@link Cli} builds it with the app's clock. */
    public AsOfOption() {
        this(AppClock.system());
    }

    AsOfOption(Clock clock) {
        this.clock = clock;
    }

    /**
     * The date given, or today by the app's clock.
     *
     * @throws UserException naming {@code --as-of} when the text given is not a date in the window
     */
    public LocalDate date() {
        return given().orElseGet(() -> LocalDate.now(clock));
    }

    /**
     * The date given, or empty when the option was left out (for a command whose default is not today).
     *
     * @throws UserException naming {@code --as-of} when the text given is not a date in the window
     */
    public Optional<LocalDate> given() {
        if (given == null) {
            return Optional.empty();
        }
        if (given.refused() != null) {
            throw given.refused();
        }
        return Optional.of(given.date());
    }

    /** What was read from the option's text: the date, or why it is refused (one line naming the option). */
    record Reading(LocalDate date, UserException refused) {
    }

    /** Reads the option's text with the domain's strict reader, as of today by the app's clock. */
    public static final class Reader implements ITypeConverter<Reading> {
        private final Clock clock;

        /** For picocli's default factory; {@link Cli} builds it with the app's clock. */
        public Reader() {
            this(AppClock.system());
        }

        Reader(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Reading convert(String value) {
            try {
                return new Reading(Dates.parseIsoField(value, "--as-of", LocalDate.now(clock)), null);
            } catch (IllegalArgumentException e) {
                return new Reading(null, new UserException(e.getMessage(), e));
            }
        }
    }
}
