package uk.schoolcompliance.tracker.cli;

import java.util.Optional;

import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;

/**
 * {@code --school NAME|URN}: the figures of one school of the file (its staff, the trust-wide policies and its
 * own); without it, the whole file. An unknown school is an error (exit 1) listing the known ones.
 */
public final class SchoolOption {

    @Option(names = "--school", paramLabel = "NAME|URN",
            description = "Only this school (its exact name or URN): its staff, the trust-wide policies and its own "
                    + "(default: the whole file).")
    String school;

    /** The school named, or empty for the whole file. */
    public Optional<School> resolve(TrackerServices services) {
        return services.schoolService().resolveOptional(school);
    }

    /** The name to head the output with: the school's, else the file's. */
    public static String heading(TrackerServices services, Optional<School> chosen) {
        return chosen.map(School::name).orElseGet(() -> services.schoolName());
    }
}
