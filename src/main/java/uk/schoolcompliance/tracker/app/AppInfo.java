package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version (filled in by the build). */
public final class AppInfo {

    private AppInfo() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/app.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to the default
        }
        String v = p.getProperty("version");
        return v == null || v.startsWith("${") ? "development" : v;
    }
}
