package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.store.FilePermissions;

/**
 * Who is using Compliance Tracker on this computer: the full name chosen in the window, remembered per computer
 * (per login) in a small owner-only properties file in the user's settings folder ({@link AppPaths#userSettings()}),
 * never in the school database, which several people share. The window and the command line's {@code --by}
 * default both read it here. Where no name is remembered the login stands in, and is shown as the login.
 *
 * <p>Reading never fails: a missing, unreadable or damaged file means "no name remembered". Writing goes through a
 * temporary file in the same folder, created owner-only, moved over the old one (a symbolic link in its place is
 * replaced, never followed).
 */
public final class OperatorName {

    /** The longest name accepted, in characters. */
    public static final int MAX_LENGTH = 80;
    /** How many earlier names are kept to suggest again. */
    public static final int RECENT = 5;

    private static final String NAME_KEY = "operator.name";
    private static final String RECENT_KEY = "operator.recent.";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Path file;
    private final String login;
    /** Only for a store that remembers nothing beyond this run ({@link #sessionOnly}). */
    private Properties memory;

    /** The name remembered in {@code file}, for the computer login {@code login}. */
    public OperatorName(Path file, String login) {
        this.file = file;
        this.login = login == null || login.isBlank() ? "unknown" : login;
    }

    /** The real settings file of this computer's user, and their login. Reads nothing until asked. */
    public static OperatorName forThisComputer() {
        return new OperatorName(AppPaths.userSettings(), Actor.systemLogin());
    }

    /** A store that keeps the name for this run only and writes no file (screens run outside the app). */
    public static OperatorName sessionOnly(String login) {
        OperatorName names = new OperatorName(null, login);
        names.memory = new Properties();
        return names;
    }

    /** The settings file; {@code null} for a session-only store. */
    public Path file() {
        return file;
    }

    /** The operating-system login, recorded beside the name and shown where no name is known. */
    public String login() {
        return login;
    }

    /** The remembered name, if any. Never fails: an unreadable or damaged file remembers nothing. */
    public Optional<String> remembered() {
        return Optional.ofNullable(valid(load().getProperty(NAME_KEY)));
    }

    /** Names used on this computer, newest first (the remembered one first): suggestions for the dialog. */
    public List<String> recent() {
        Properties p = load();
        List<String> out = new ArrayList<>();
        remembered().ifPresent(out::add);
        for (int i = 1; i <= RECENT; i++) {
            String name = valid(p.getProperty(RECENT_KEY + i));
            if (name != null && out.stream().noneMatch(name::equalsIgnoreCase)) {
                out.add(name);
            }
        }
        return out.size() > RECENT ? List.copyOf(out.subList(0, RECENT)) : List.copyOf(out);
    }

    /**
     * Remembers {@code name} (trimmed, spaces collapsed) as who is using the app on this computer; the previous
     * names stay as suggestions. Returns the name as remembered.
     *
     * @throws UserException when the name is not acceptable ("Your name: ...") or the file cannot be written
     */
    public synchronized String remember(String name) {
        String clean = clean(name, "Your name");
        List<String> names = new ArrayList<>();
        names.add(clean);
        for (String earlier : recent()) {
            if (!earlier.equalsIgnoreCase(clean) && names.size() < RECENT) {
                names.add(earlier);
            }
        }
        Properties p = new Properties();
        p.setProperty(NAME_KEY, clean);
        for (int i = 1; i < names.size(); i++) {
            p.setProperty(RECENT_KEY + i, names.get(i));
        }
        save(p);
        return clean;
    }

    /** Who is doing it: the remembered name, else the login. */
    public Actor actor() {
        return new Actor(login, remembered().orElse(login));
    }

    /**
     * Who is doing it when a name was given (the command line's {@code --by}): that name, checked like one typed
     * in the window, with the login beside it.
     *
     * @throws UserException naming {@code field} when the name is not acceptable
     */
    public Actor actor(String given, String field) {
        return new Actor(login, clean(given, field));
    }

    /**
     * A person's name as it will be recorded: surrounding spaces trimmed, runs of spaces made one.
     *
     * @throws UserException one line naming {@code field} when it is empty, too long, has no letters or holds
     *                       control characters (a line break, a tab)
     */
    public static String clean(String raw, String field) {
        String problem = problem(raw);
        if (problem != null) {
            throw new UserException(field + ": " + problem);
        }
        return SPACES.matcher(raw.strip()).replaceAll(" ");
    }

    /** Why {@code raw} is not acceptable as a name, or {@code null} when it is. */
    public static String problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "a name is required (the full name of the person doing this)";
        }
        String s = raw.strip();
        if (s.chars().anyMatch(Character::isISOControl)) {
            return "a name is one line of text (no line breaks or tabs)";
        }
        s = SPACES.matcher(s).replaceAll(" ");
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            return "a name is at most " + MAX_LENGTH + " characters";
        }
        if (s.codePoints().noneMatch(Character::isLetter)) {
            return "'" + s + "' is not a name (no letters)";
        }
        return null;
    }

    private static String valid(String stored) {
        return stored == null || problem(stored) != null ? null : SPACES.matcher(stored.strip()).replaceAll(" ");
    }

    private synchronized Properties load() {
        Properties p = new Properties();
        if (memory != null) {
            p.putAll(memory);
            return p;
        }
        return SettingsFile.load(file); // unreadable or damaged: nothing remembered, the login stands in
    }

    private void save(Properties p) {
        if (memory != null) {
            memory = p;
            return;
        }
        String text;
        try {
            text = text(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // writing into a string does not fail
        }
        SettingsFile.replace(file, text, "your name on this computer");
    }

    /** The file's text: a fixed heading, then the keys in order (no time stamp: the file changes only with the name). */
    private static String text(Properties p) throws IOException {
        StringWriter body = new StringWriter();
        p.store(body, null);
        StringBuilder out = new StringBuilder("# Compliance Tracker: who is using the app on this computer\n");
        List<String> lines = new ArrayList<>(body.toString().lines().filter(l -> !l.startsWith("#")).toList());
        lines.sort(null);
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }
}
