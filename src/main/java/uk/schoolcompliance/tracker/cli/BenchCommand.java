package uk.schoolcompliance.tracker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.QuickCheckMemory;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;

/**
 * Times the questions a large trust asks, after a warm-up, as medians of repeated runs, and the same
 * acknowledgement question asked of the sqlite3 command-line tool in plain SQL (bench-rules.sql).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark a database (e.g. one made by `generate`): opening it with the dashboard's figures, "
                + "summary, all gaps, one policy's gaps, the staff filter, and the same figures in plain SQL through "
                + "the sqlite3 tool. Prints medians of repeated runs after a warm-up. Changes no data."})
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--runs", defaultValue = "9", paramLabel = "N", description = "Timed runs per row (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--sqlite3", defaultValue = "sqlite3", paramLabel = "PATH",
            description = "The sqlite3 command-line tool (default: ${DEFAULT-VALUE}); rows are skipped when it is missing.")
    String sqlite3;

    @Spec
    CommandSpec spec;

    /** One row of the table: a median (ms) of timed runs, or a note. */
    record Row(String name, double medianMs, double minMs, double maxMs, int runs, String note) {

        /** The row of timed runs {@code ms} (sorted in place): their median, fastest and slowest. */
        static Row timed(String name, double[] ms, String note) {
            Arrays.sort(ms);
            int n = ms.length;
            double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
            return new Row(name, median, ms[0], ms[n - 1], n, note);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        if (!java.nio.file.Files.isRegularFile(options.db())) {
            throw new UserException("No database at " + options.db() + " (make one with `generate`)");
        }
        if (runs < 1 || warmup < 0) {
            throw new UserException("--runs must be at least 1 and --warmup not negative");
        }
        java.util.Optional<LocalDate> given = asOf.given(); // a bad date is refused before anything opens
        Actor actor = Actor.fromSystem("bench");
        Path file = options.db();
        LocalDate date;
        // whole processes first, while no one holds the file (a second copy would open it read-only)
        try (TrackerServices first = options.open()) {
            date = given.or(first::generatedToday).orElseGet(options::today);
        }
        new BenchProcesses(out, rows, runs).processes(file, date);
        try (TrackerServices services = options.open()) {
            bench(services, date, actor);
        }
        return Cli.OK;
    }

    private void bench(TrackerServices services, LocalDate date, Actor actor) throws Exception {
        SchoolData data = services.compliance().load();
        out.printf("Benchmark of %s as of %s: %d people, %d policies, %d acknowledgements%n", options.db(), date,
                data.staff().size(), data.policies().size(), data.acknowledgementCount());
        out.printf("%d warm-up + %d timed runs per row; %d processors, max heap %d MB, load average %.2f at start%n%n",
                warmup, runs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();

        Path file = options.db();
        timeCold("open database + dashboard figures (cold)", Math.min(runs, 5), () -> {
            try (TrackerServices cold = TrackerServices.open(file, actor, options.clock())) {
                return cold.compliance().summary(date);
            }
        });
        // what opening a file runs besides reading the figures (issue 17): each step on its own
        timeCold("open: integrity quick check (PRAGMA quick_check)", Math.min(runs, 5),
                () -> services.openSteps().quickCheck());
        // an open whose check is skipped: the file is unchanged since a check that passed today (docs/safety.md)
        Path checks = java.nio.file.Files.createTempDirectory("tracker-bench-checks");
        try {
            QuickCheckMemory memory = QuickCheckMemory.at(checks.resolve(QuickCheckMemory.FILE_NAME));
            TrackerServices.open(file, () -> actor, options.clock(), memory).close(); // checks, and remembers it
            timeCold("open: integrity quick check (skipped: unchanged since today's check)", Math.min(runs, 5), () -> {
                try (TrackerServices again = TrackerServices.open(file, () -> actor, options.clock(), memory)) {
                    return again.openSteps().quickCheckSkipped() ? "skipped" : null; // "(no result)" when it ran
                }
            });
        } finally {
            try (var files = java.nio.file.Files.walk(checks)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        timeCold("open: migrations check (schema current, Flyway not started)", Math.min(runs, 5),
                () -> services.openSteps().schemaIsCurrent());
        timeCold("read snapshot from the database", Math.min(runs, 5), () -> services.compliance().loadFresh());
        timeCold("summary, cold (read + compute)", Math.min(runs, 5), () -> {
            services.compliance().forget();
            return services.compliance().summary(date);
        });
        services.compliance().load();
        Summary summary = services.compliance().summary(date);
        time("summary (warm)", runs, () -> services.compliance().summary(date));
        List<Obligation> gaps = services.compliance().calculator(date).gaps();
        time("all gaps (warm, " + gaps.size() + " rows, sorted)", runs,
                () -> services.compliance().calculator(date).gaps());
        Policy busiest = busiestPolicy(services.compliance().calculator(date));
        if (busiest != null) {
            time("one policy's gaps (warm, " + busiest.title() + ")", runs, () ->
                    services.compliance().calculator(date).obligations(busiest).stream().filter(Obligation::isGap).count());
        }
        time("trust figures: every school x policy (one grouped query)", Math.min(runs, 5),
                () -> services.schoolService().trustFigures(date));
        List<StaffMember> fiveThousand = data.staff().subList(0, Math.min(5_000, data.staff().size()));
        time("staff table filter (" + fiveThousand.size() + " people, text 'smi')", runs, () ->
                fiveThousand.stream().filter(textFilter("smi")).count());
        sqlite(file, date, summary, gaps.size());
        ratios();
        Path scratch = java.nio.file.Files.createTempDirectory("tracker-bench");
        try {
            timeCold("open: daily backup (a copy + its quick check)", Math.min(runs, 3), () ->
                    services.openSteps().backupCopy(java.nio.file.Files.createTempDirectory(scratch, "backup")));
            benchOutputs(services, date, scratch, actor, busiest);
        } finally {
            try (var files = java.nio.file.Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        print();
    }

    /**
     * The staff table's text filter: the text anywhere in the name, reference, email or job title,
     * ignoring case (a stand-in until the staff page's own view model lands).
     */
    static Predicate<StaffMember> textFilter(String text) {
        String q = text.trim().toLowerCase(Locale.ROOT);
        return s -> contains(s.givenName(), q) || contains(s.familyName(), q) || contains(s.staffRef(), q)
                || contains(s.email(), q) || contains(s.jobTitle(), q);
    }

    private static boolean contains(String field, String q) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(q);
    }

    private static Policy busiestPolicy(ComplianceCalculator calc) {
        java.util.Map<Policy, Integer> count = new java.util.HashMap<>();
        calc.forEachObligation(o -> count.merge(o.policy(), 1, Integer::sum));
        return count.entrySet().stream().max(java.util.Map.Entry.<Policy, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().id())).map(java.util.Map.Entry::getKey).orElse(null);
    }

    private void sqlite(Path file, LocalDate date, Summary summary, int gapCount) throws Exception {
        String rules;
        try (InputStream in = BenchCommand.class.getResourceAsStream("bench-rules.sql")) {
            rules = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("AS_OF", date.toString());
        }
        String summarySql = rules + "SELECT sum(status <> 'absent'), sum(status = 'done'), "
                + "sum(status IN ('due', 'overdue')), sum(status = 'overdue') FROM status;\n";
        String gapsSql = rules + "SELECT st.family_name, st.given_name, p.title, s.status, s.due FROM status s "
                + "JOIN staff st ON st.id = s.staff_id JOIN policy p ON p.id = s.policy_id WHERE s.status <> 'done' "
                + "ORDER BY p.title COLLATE NOCASE, st.family_name COLLATE NOCASE, st.given_name COLLATE NOCASE, st.id;\n";
        String first;
        try {
            first = runSqlite(file, summarySql).trim();
        } catch (IOException e) {
            rows.add(new Row("sqlite3: summary figures in plain SQL", 0, 0, 0, 0, "sqlite3 not found (" + sqlite3 + ")"));
            return;
        }
        String expected = summary.ackRequired() + "|" + summary.ackDone() + "|" + summary.ackOutstanding() + "|"
                + summary.ackOverdue();
        String agree = first.equals(expected) ? "same figures as the app" : "DIFFERENT: sqlite3 " + first + ", app " + expected;
        int sqlRuns = Math.min(runs, 5);
        int saved = warmup;
        warmup = Math.min(warmup, 1);
        timeChecked("sqlite3 CLI: acknowledgement figures, plain SQL", sqlRuns, () -> runSqlite(file, summarySql), agree);
        long lines = runSqlite(file, gapsSql).lines().count();
        timeChecked("sqlite3 CLI: all gaps, plain SQL, sorted", sqlRuns, () -> runSqlite(file, gapsSql),
                lines == gapCount ? lines + " rows, as the app" : "DIFFERENT: " + lines + " rows, app " + gapCount);
        warmup = saved;
    }

    private double median(String prefix) {
        return rows.stream().filter(r -> r.name().startsWith(prefix) && r.runs() > 0).mapToDouble(Row::medianMs)
                .findFirst().orElse(Double.NaN);
    }

    /** The targets as ratios of rows measured in this run. */
    private void ratios() {
        ratio("ratio: summary --json process / sqlite3 summary", median("process: summary --json"),
                median("sqlite3 CLI: acknowledgement figures"), "target 1.3");
        ratio("ratio: gaps --json process / sqlite3 gaps", median("process: gaps --json"),
                median("sqlite3 CLI: all gaps"), "target 1.3");
        ratio("ratio: window + figures / bare window", median("process: window + dashboard figures"),
                median("process: bare JavaFX window"), "target 1.5 (a school), 2 (5,000 people)");
    }

    private void ratio(String name, double a, double b, String target) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            rows.add(new Row(name, 0, 0, 0, 0, "not measured"));
        } else {
            rows.add(new Row(name, 0, 0, 0, 0, String.format(Locale.ROOT, "%.2fx (%s)", a / b, target)));
        }
    }

    private String runSqlite(Path file, String sql) throws IOException {
        Process p = new ProcessBuilder(sqlite3, "-readonly", file.toString()).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(sql.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("sqlite3 failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return output;
    }

    /**
     * The staff import of 5,000 rows (into a fresh database each run, so the benchmarked file is never
     * changed), the governors' pack (figures, PDF, XLSX) and the sign-off sheet of the busiest policy.
     */
    private void benchOutputs(TrackerServices services, LocalDate date, Path scratch, Actor actor, Policy busiest)
            throws Exception {
        Path csv = scratch.resolve("staff-5000.csv");
        StringBuilder sb = new StringBuilder("First name,Surname,Staff ID,Work email,Staff type,Job title,Start date\n");
        String[] types = {"Teacher", "Teaching assistant", "Support", "SLT", "Supply"};
        for (int i = 1; i <= 5_000; i++) {
            sb.append("Given").append(i).append(",Family").append(i).append(",B").append(100_000 + i)
                    .append(",person").append(i).append("@bench.sch.uk,").append(types[i % types.length])
                    .append(",Post ").append(i % 40).append(",01/09/20").append(10 + i % 15).append('\n');
        }
        java.nio.file.Files.writeString(csv, sb);
        int[] run = {0};
        timeCold("staff import (5,000 rows: preview + apply)", Math.min(runs, 3), () -> {
            try (TrackerServices fresh = TrackerServices.open(scratch.resolve("import-" + run[0]++ + ".db"), actor,
                    options.clock())) {
                fresh.schoolSetup().ensureSchool("Bench school", "primary");
                var preview = fresh.staffImport().preview(csv);
                if (!preview.ok()) {
                    throw new IllegalStateException("bench CSV rejected: " + preview.problems());
                }
                return fresh.staffImport().apply(preview, date).counts();
            }
        });
        var term = uk.schoolcompliance.tracker.domain.report.Term.containing(date);
        timeCold("governors' pack figures", Math.min(runs, 5), () -> services.governorsPack().build(date, term, false));
        var pack = services.governorsPack().build(date, term, false);
        timeCold("governors' pack PDF", Math.min(runs, 5), () ->
                services.governorsPack().writePdf(pack, scratch.resolve("pack.pdf")));
        timeCold("governors' pack XLSX (streaming)", Math.min(runs, 5), () -> {
            services.governorsPack().writeXlsx(pack, scratch.resolve("pack.xlsx"));
            return Boolean.TRUE;
        });
        if (busiest != null) {
            long versionId = services.compliance().calculator(date).obligations(busiest).get(0).requiredVersion().id();
            time("sign-off sheet PDF (" + busiest.title() + ")", runs, () ->
                    services.acknowledgementService().writeSignOffSheet(versionId, date, date, scratch.resolve("sheet.pdf")));
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private void time(String name, int timed, Work work) throws Exception {
        timeChecked(name, timed, work, "");
    }

    /** Slow, whole-database rows: one warm-up run at most. */
    private void timeCold(String name, int timed, Work work) throws Exception {
        int saved = warmup;
        warmup = Math.min(warmup, 1);
        try {
            timeChecked(name, timed, work, "");
        } finally {
            warmup = saved;
        }
    }

    private void timeChecked(String name, int timed, Work work, String note) throws Exception {
        out.printf("  running: %s%n", name);
        out.flush();
        Object sink = null;
        for (int i = 0; i < warmup; i++) {
            sink = work.run();
        }
        double[] ms = new double[timed];
        for (int i = 0; i < timed; i++) {
            long t = System.nanoTime();
            sink = work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        if (sink == null) {
            note = note + " (no result)";
        }
        rows.add(Row.timed(name, ms, note));
    }

    private void print() {
        out.println();
        out.printf("%-62s %10s %10s %10s %5s  %s%n", "benchmark", "median ms", "min ms", "max ms", "runs", "note");
        for (Row r : rows) {
            if (r.runs() == 0) {
                out.printf("%-62s %10s %10s %10s %5s  %s%n", r.name(), "-", "-", "-", "-", r.note());
            } else {
                out.printf(Locale.ROOT, "%-62s %10.1f %10.1f %10.1f %5d  %s%n", r.name(), r.medianMs(), r.minMs(),
                        r.maxMs(), r.runs(), r.note());
            }
        }
        out.printf("%nload average %.2f at the end%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
