package uk.schoolcompliance.tracker.domain;

/**
 * Who is making a change: the operating-system user (the login) plus the person's name as chosen in the app
 * ({@code --by} on the command line). Where no name is known the login stands in for it, so what is shown is
 * always honest: a name when one was given, the login otherwise.
 */
public record Actor(String osUser, String operator) {

    public static Actor fromSystem(String operator) {
        String os = systemLogin();
        return new Actor(os, operator == null || operator.isBlank() ? os : operator.trim());
    }

    /** The operating-system login of whoever runs the app ("unknown" when the JVM cannot tell). */
    public static String systemLogin() {
        String login = System.getProperty("user.name");
        return login == null || login.isBlank() ? "unknown" : login;
    }

    /** The name shown as "recorded by" / "done by". */
    public String displayName() {
        return operator == null || operator.isBlank() ? osUser : operator;
    }
}
