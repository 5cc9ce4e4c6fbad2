package uk.schoolcompliance.tracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bench's whole-process rows: the app started as a child JVM per run, timed from outside (wall time, and peak
 * resident memory by {@code /usr/bin/time -v} when present) or by its own start-up report.
 */
final class BenchProcesses {

    private final PrintWriter out;
    private final List<BenchCommand.Row> rows;
    private final int runs;

    BenchProcesses(PrintWriter out, List<BenchCommand.Row> rows, int runs) {
        this.out = out;
        this.rows = rows;
        this.runs = runs;
    }

    /**
     * The targets as whole processes, measured side by side in this run: {@code summary --json} and
     * {@code gaps --json} (median wall time, peak resident memory by {@code /usr/bin/time -v} when present),
     * {@code summary} in {@code -Xmx256m}, and, with a display, the window with the dashboard's figures against a
     * bare JavaFX window with one label ({@code ui.BareWindow}).
     */
    void processes(Path file, LocalDate date) throws Exception {
        int n = Math.min(runs, 5); // medians of five at most: a 50,000-person trust's process takes a while
        String db = file.toString();
        String day = date.toString();
        processRow("process: summary --json", n, List.of(), List.of("summary", "--json", "--db", db, "--as-of", day));
        processRow("process: gaps --json", n, List.of(), List.of("gaps", "--json", "--db", db, "--as-of", day));
        processRow("process: summary in -Xmx256m", n, List.of("-Xmx256m"),
                List.of("summary", "--db", db, "--as-of", day));
        processRow("process: gaps --json in -Xmx256m", n, List.of("-Xmx256m"),
                List.of("gaps", "--json", "--db", db, "--as-of", day));
        if (System.getenv("DISPLAY") == null) {
            rows.add(new BenchCommand.Row("process: window + dashboard figures", 0, 0, 0, 0, "no display (run under xvfb-run)"));
            rows.add(new BenchCommand.Row("process: bare JavaFX window (one label)", 0, 0, 0, 0, "no display (run under xvfb-run)"));
            return;
        }
        startupRow("process: window + dashboard figures", "figures shown at (\\d+) ms", n,
                List.of("-Dtracker.startup.report=true", "-Dtracker.today=" + day), "uk.schoolcompliance.tracker.Launcher",
                List.of("--db", db));
        startupRow("process: bare JavaFX window (one label)", "bare window shown at (\\d+) ms", n, List.of(),
                "uk.schoolcompliance.tracker.ui.BareWindow", List.of());
    }

    private List<String> java(List<String> jvm, String main, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvm);
        // the children remember what this process would (the user's name, the files checked today), not elsewhere
        for (String folder : List.of("tracker.config.dir", "tracker.data.dir")) {
            String value = System.getProperty(folder);
            if (value != null && !value.isBlank()) {
                cmd.add("-D" + folder + "=" + value);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(args);
        return cmd;
    }

    private record Ran(double ms, String output, long peakKb) {
    }

    /** Runs a child process; {@code check}: a non-zero exit is an error (a start-up report is read either way). */
    private Ran runProcess(List<String> cmd, boolean check) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        boolean timed = java.nio.file.Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            full.addAll(List.of("/usr/bin/time", "-v"));
        }
        full.addAll(cmd);
        long t = System.nanoTime();
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", cmd));
        }
        double ms = (System.nanoTime() - t) / 1e6;
        if (check && p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + ": " + output.lines().limit(5).toList());
        }
        long peak = -1;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)")
                .matcher(output);
        if (m.find()) {
            peak = Long.parseLong(m.group(1));
        }
        return new Ran(ms, output, peak);
    }

    private void processRow(String name, int timed, List<String> jvm, List<String> args) throws Exception {
        out.printf("  running: %s%n", name);
        out.flush();
        double[] ms = new double[timed];
        long peak = 0;
        for (int i = 0; i < timed; i++) {
            Ran r = runProcess(java(jvm, "uk.schoolcompliance.tracker.Launcher", args), true);
            ms[i] = r.ms();
            peak = Math.max(peak, r.peakKb());
        }
        rows.add(BenchCommand.Row.timed(name, ms, peak > 0 ? "peak " + (peak >> 10) + " MB resident" : ""));
    }

    private void startupRow(String name, String pattern, int timed, List<String> jvm, String main, List<String> args)
            throws Exception {
        out.printf("  running: %s%n", name);
        out.flush();
        double[] ms = new double[timed];
        for (int i = 0; i < timed; i++) {
            Ran r = runProcess(java(jvm, main, args), false);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(r.output());
            if (!m.find()) {
                rows.add(new BenchCommand.Row(name, 0, 0, 0, 0, "no start-up report: " + r.output().lines().limit(2).toList()));
                return;
            }
            ms[i] = Long.parseLong(m.group(1));
        }
        rows.add(BenchCommand.Row.timed(name, ms, "from the JVM's start"));
    }
}
