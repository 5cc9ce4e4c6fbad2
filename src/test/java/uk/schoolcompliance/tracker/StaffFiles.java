package uk.schoolcompliance.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The realistic MIS export files under src/test/resources/staff-import. */
public final class StaffFiles {

    private StaffFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = StaffFiles.class.getResourceAsStream("/staff-import/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies one to a folder (for the command line and the file chooser). */
    public static Path copy(String name, Path dir) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, bytes(name));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo school's own staff list, sample-data/staff.csv: what its MIS exports, as the demo holds it. */
    public static String sampleStaff() {
        try {
            return Files.readString(Path.of("sample-data/staff.csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo school's staff list without the lines of the people named ("Adam Ward"). */
    public static String sampleStaffWithout(String... fullNames) {
        List<String> names = Arrays.asList(fullNames);
        String text = sampleStaff();
        String kept = text.lines().filter(l -> names.stream().noneMatch(n -> {
            String[] parts = n.split(" ", 2);
            return l.startsWith(parts[0] + "," + parts[1] + ",");
        })).collect(Collectors.joining("\n", "", "\n"));
        if (kept.lines().count() != text.lines().count() - names.size()) {
            throw new IllegalArgumentException("not every one of " + names + " is in sample-data/staff.csv");
        }
        return kept;
    }

    /** Writes a file's text (UTF-8) to a folder. */
    public static Path write(String name, String text, Path dir) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
