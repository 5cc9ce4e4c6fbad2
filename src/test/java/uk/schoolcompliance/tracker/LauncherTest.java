package uk.schoolcompliance.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.cli.Cli;

/** The launcher's quick answer to "command or window?" is the command line's own answer, for every kind of start. */
class LauncherTest {

    @Test
    void answersAsTheCommandLineDoesWithoutBuildingItForTheWindowsArguments() {
        List<String[]> starts = List.of(new String[0], new String[] {"--db", "school.db"}, new String[] {"--demo"},
                new String[] {"--db", "x.db", "summary"}, new String[] {"-x"}, new String[] {"--help"},
                new String[] {"-h"}, new String[] {"--version"}, new String[] {"-V"}, new String[] {"summary"},
                new String[] {"gaps", "--json"}, new String[] {"bench"}, new String[] {"demo", "--db", "d.db"},
                new String[] {"nonsense"}, new String[] {"school.db"});
        for (String[] args : starts) {
            assertThat(Launcher.isCommand(args)).as(String.join(" ", args)).isEqualTo(Cli.isCommand(args));
        }
        assertThat(Launcher.isCommand(new String[] {"--db", "school.db"})).isFalse();
        assertThat(Launcher.isCommand(new String[] {"--help"})).isTrue();
        assertThat(Launcher.isCommand(new String[] {"summary", "--db", "school.db"})).isTrue();
    }
}
