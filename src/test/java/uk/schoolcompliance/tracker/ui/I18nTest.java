package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every key the UI asks for exists in a bundle, and no key is defined twice. */
class I18nTest {

    private static final Pattern KEY = Pattern.compile("I18n\\.t\\(\\s*\"([^\"]+)\"");

    @Test
    void everyLiteralKeyUsedInTheUiIsInABundle() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/uk/schoolcompliance/tracker/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (!I18n.has(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKindOfDrillDownSaysWhereItGoes() {
        for (Drill.Kind kind : Drill.Kind.values()) {
            assertThat(I18n.has(uk.schoolcompliance.tracker.ui.dashboard.DashboardViewAccess.whereKey(kind)))
                    .as(kind.name()).isTrue();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        I18n.bundles().forEach(b -> b.keySet().forEach(k -> {
            if (!seen.add(k)) {
                duplicates.add(k);
            }
        }));
        assertThat(duplicates).isEmpty();
    }

    @Test
    void sectionKeysAreInTheBundle() {
        for (Section s : Section.values()) {
            assertThat(I18n.has(s.key())).as(s.key()).isTrue();
        }
    }
}
