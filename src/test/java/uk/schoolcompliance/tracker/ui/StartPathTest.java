package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * Issue 17, the window's start: the app started as a user starts it ({@code Launcher --db FILE}, a forked JVM,
 * headless) shows the dashboard's figures on a current database without loading a class of the libraries that only
 * a report, an import, a migration, the audit log's snapshots or the command line need. Each of these costs
 * hundreds of milliseconds of class loading on the way to the first figures; this test fails when one creeps back
 * onto the start path.
 */
class StartPathTest {

    /** Libraries that have no business on the start path of a current database (package prefixes). */
    static final List<String> NOT_AT_START = List.of(
            "org.apache.poi.", "org.apache.xmlbeans.", "com.lowagie.", "org.apache.pdfbox.", // reports, imports
            "org.flywaydb.", // migrations: skipped when the schema is current
            "tools.jackson.", "com.fasterxml.jackson.", // audit snapshots: only when something is written or read
            // not net.fortuna (ical4j, the calendar export): its jar registers a java.time ZoneRulesProvider that the
            // JDK loads on the first use of any time zone (ServiceLoader), so it is on every start path (~0.1 s)
            "picocli.", // the command line
            "org.postgresql."); // a trust's server

    @Test
    void theDashboardsFiguresShowWithoutLoadingReportMigrationOrCommandLineClasses(@TempDir Path dir) throws Exception {
        Path db = TestDemo.copy(dir);
        // today's backup already taken: the daily one (a copy through DriverManager) is not part of the start path,
        // and runs at most once a day, after the figures' queries
        try (TrackerServices services = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK)) {
            services.backups().backupNow();
        }
        Path settings = dir.resolve("settings");
        Files.createDirectories(settings);
        Files.writeString(settings.resolve("user.properties"), "operator.name=Start Path Test\n");
        Path classLog = dir.resolve("classes.log");
        Path output = dir.resolve("out.txt");

        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(List.of("-Xlog:class+load:file=" + classLog, "-Dtestfx.headless=true", "-Dprism.order=sw",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Djava.awt.headless=true",
                "-Dprism.text=t2k", "-Duser.language=en", "-Duser.country=GB",
                "-Dtracker.config.dir=" + settings, "-Dtracker.startup.report=true",
                "-Dtracker.today=" + TestDemo.AS_OF, "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                "uk.schoolcompliance.tracker.Launcher", "--db", db.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the app did not show its figures within 180 s: " + read(output));
        }
        assertThat(read(output)).as("the app's start-up report").contains("dashboard figures shown at");

        List<String> loaded;
        try (Stream<String> lines = Files.lines(classLog)) {
            loaded = lines.map(StartPathTest::className).filter(c -> !c.isEmpty()).toList();
        }
        assertThat(loaded).as("classes loaded").contains("uk.schoolcompliance.tracker.ui.dashboard.DashboardView",
                "uk.schoolcompliance.tracker.store.SqliteFile");
        List<String> offending = loaded.stream().filter(c -> NOT_AT_START.stream().anyMatch(c::startsWith)).toList();
        assertThat(offending).as("classes of report, migration, JSON, calendar or command-line libraries loaded "
                + "on the way to the dashboard's figures").isEmpty();
    }

    /** {@code [0.221s][info][class,load] a.b.C source: ...} → {@code a.b.C}. */
    static String className(String line) {
        int tag = line.indexOf("[class,load] ");
        if (tag < 0) {
            return "";
        }
        String rest = line.substring(tag + "[class,load] ".length());
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
