package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.CliRun;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.store.ServerAddress;

/**
 * server-grant, server-revoke and server-users on the demo trust on a real server (#19): exact lines, exit codes,
 * and the one-line errors (unknown role, unknown school, no such login, a file, not a trust admin).
 */
class ServerRolesCliTest {

    @TempDir
    Path home;

    private ServerAddress trust;
    private String db;
    private String homeBefore;

    @BeforeEach
    void trust() {
        trust = TestServer.withTrust();
        db = trust.toString(); // as postgres: the superuser, who gives the first trust admin its role
        homeBefore = System.getProperty("user.home");
    }

    @AfterEach
    void home() {
        System.setProperty("user.home", homeBefore);
    }

    @Test
    void grantListAndRevokeWithExactLines() {
        String office = TestServer.login("office");
        String leader = TestServer.login("leader");
        String governor = TestServer.login("governor");
        assertOut(CliRun.run("server-grant", "--db", db, "--user", office, "--role", "school-office", "--school",
                "Ashby Primary Academy"), office + ": granted school-office (Ashby Primary Academy)\n");
        assertOut(CliRun.run("server-grant", "--db", db, "--user", office, "--role", "school-office", "--school",
                "140001"), office + " already has school-office (Ashby Primary Academy); nothing was changed\n");
        assertOut(CliRun.run("server-grant", "--db", db, "--user", leader, "--role", "school-leader", "--school",
                "140002"), leader + ": granted school-leader (Brook Academy)\n");
        assertOut(CliRun.run("server-grant", "--db", db, "--user", governor, "--role", "governor"),
                governor + ": granted governor (the whole trust)\n");
        assertOut(CliRun.run("server-grant", "--db", db, "--user", governor, "--role", "governor", "--school",
                "Castle High School"), governor + ": granted governor (Castle High School)\n");

        assertOut(CliRun.run("server-users", "--db", db, "--json"), "[ {\n"
                + "  \"login\" : \"" + governor + "\",\n  \"role\" : \"governor\",\n  \"school\" : null,\n  \"urn\" : null\n"
                + "}, {\n"
                + "  \"login\" : \"" + governor + "\",\n  \"role\" : \"governor\",\n  \"school\" : \"Castle High School\",\n"
                + "  \"urn\" : \"140003\"\n"
                + "}, {\n"
                + "  \"login\" : \"" + leader + "\",\n  \"role\" : \"school-leader\",\n  \"school\" : \"Brook Academy\",\n"
                + "  \"urn\" : \"140002\"\n"
                + "}, {\n"
                + "  \"login\" : \"" + office + "\",\n  \"role\" : \"school-office\",\n"
                + "  \"school\" : \"Ashby Primary Academy\",\n  \"urn\" : \"140001\"\n"
                + "} ]\n");
        assertOut(CliRun.run("server-users", "--db", db), "Roles on " + db + ": 4\n\n"
                + String.format("  %-24s %-14s %s%n", "Login", "Role", "School")
                + String.format("  %-24s %-14s %s%n", governor, "governor", "(the whole trust)")
                + String.format("  %-24s %-14s %s%n", governor, "governor", "Castle High School (URN 140003)")
                + String.format("  %-24s %-14s %s%n", leader, "school-leader", "Brook Academy (URN 140002)")
                + String.format("  %-24s %-14s %s%n", office, "school-office", "Ashby Primary Academy (URN 140001)"));

        assertOut(CliRun.run("server-revoke", "--db", db, "--user", governor, "--school", "Castle High School"),
                governor + ": revoked governor (Castle High School)\n");
        assertOut(CliRun.run("server-revoke", "--db", db, "--user", governor),
                governor + ": revoked governor (the whole trust)\n");
        assertOut(CliRun.run("server-revoke", "--db", db, "--user", governor),
                governor + " has no such role; nothing was changed\n");
        assertOut(CliRun.run("server-revoke", "--db", db, "--user", leader, "--role", "school-office"),
                leader + " has no such role; nothing was changed\n");
        assertThat(CliRun.run("server-users", "--db", db).out()).startsWith("Roles on " + db + ": 2\n");
    }

    @Test
    void mistakesAreOneLineAndExit1ChangingNothing() {
        String office = TestServer.login("office");
        assertErr(CliRun.run("server-grant", "--db", db, "--user", office, "--role", "bursar"),
                "error: --role: unknown role bursar (one of trust-admin, school-office, school-leader, governor)\n");
        assertErr(CliRun.run("server-revoke", "--db", db, "--user", office, "--role", "head"),
                "error: --role: unknown role head (one of trust-admin, school-office, school-leader, governor)\n");
        assertErr(CliRun.run("server-grant", "--db", db, "--user", office, "--role", "school-office", "--school",
                "Nowhere Academy"), "error: unknown school: Nowhere Academy (known: Ashby Primary Academy, "
                + "Brook Academy, Castle High School, Central team)\n");
        assertErr(CliRun.run("server-grant", "--db", db, "--user", "no_such_person", "--role", "governor"),
                "error: --user: " + db + " has no login no_such_person; the trust's IT makes logins "
                        + "(CREATE ROLE no_such_person LOGIN, docs/server.md); nothing was changed\n");
        assertErr(CliRun.run("server-grant", "--db", db, "--user", office, "--role", "school-office"),
                "error: --school: school-office is for one school; give --school NAME|URN\n");
        assertErr(CliRun.run("server-grant", "--db", db, "--user", office, "--role", "trust-admin", "--school",
                "Brook Academy"), "error: --school: trust-admin is for the whole trust; give no --school\n");
        Path file = home.resolve("school.db");
        assertErr(CliRun.run("server-users", "--db", file.toString()),
                "error: --db " + file + ": server-users works on a trust's server (postgresql://...), not a database file\n");
        assertThat(CliRun.run("server-users", "--db", db).out()).startsWith("Roles on " + db + ": 0\n");
    }

    @Test
    void onlyATrustAdminMayGiveOrSeeRolesAndATrustAdminMay() {
        String office = TestServer.login("office");
        String admin = TestServer.login("admin");
        String governor = TestServer.login("governor");
        assertThat(CliRun.run("server-grant", "--db", db, "--user", office, "--role", "school-office", "--school",
                "Ashby Primary Academy").code()).isZero();
        assertThat(CliRun.run("server-grant", "--db", db, "--user", admin, "--role", "trust-admin").code()).isZero();
        TestServer.pgpass(home, office, admin);
        System.setProperty("user.home", home.toString());
        String asOffice = TestServer.as(trust, office).toString();
        String asAdmin = TestServer.as(trust, admin).toString();

        for (String[] command : new String[][] {{"server-users"}, {"server-grant", "--user", office, "--role",
                "trust-admin"}, {"server-revoke", "--user", office}}) {
            String[] args = new String[command.length + 2];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--db";
            args[command.length + 1] = asOffice;
            assertErr(CliRun.run(args), "error: " + office + " is not a trust admin on " + asOffice
                    + ": only a trust admin may see or change who has which role\n");
        }
        assertOut(CliRun.run("server-grant", "--db", asAdmin, "--user", governor, "--role", "governor", "--school",
                "Brook Academy"), governor + ": granted governor (Brook Academy)\n");
        assertOut(CliRun.run("server-revoke", "--db", asAdmin, "--user", office),
                office + ": revoked school-office (Ashby Primary Academy)\n");
        assertThat(CliRun.run("server-users", "--db", asAdmin).out()).startsWith("Roles on " + asAdmin + ": 2\n");
    }

    @Test
    void aGovernorGetsItsSchoolsFiguresAndNoNames() {
        String governor = TestServer.login("governor");
        assertThat(CliRun.run("server-grant", "--db", db, "--user", governor, "--role", "governor", "--school",
                "Brook Academy").code()).isZero();
        TestServer.pgpass(home, governor);
        System.setProperty("user.home", home.toString());
        String asGovernor = TestServer.as(trust, governor).toString();
        CliRun.Result seen = CliRun.run("summary", "--db", asGovernor, "--json", "--as-of", "2026-11-24");
        CliRun.Result whole = CliRun.run("summary", "--db", db, "--json", "--as-of", "2026-11-24", "--school",
                "Brook Academy");
        assertThat(seen.err()).isEmpty();
        assertThat(seen.code()).isZero();
        assertThat(block(seen.out(), "\"acknowledgements\"")).isEqualTo(block(whole.out(), "\"acknowledgements\""));
        assertThat(block(seen.out(), "\"staffInPost\"")).isEqualTo(block(whole.out(), "\"staffInPost\""));
        assertThat(block(seen.out(), "\"reviews\"")).isEqualTo(block(CliRun.run("summary", "--db", asGovernor, "--json",
                "--as-of", "2026-11-24", "--school", "Brook Academy").out(), "\"reviews\""));
        assertErr(CliRun.run("gaps", "--db", asGovernor), "error: a governor's login gives the figures and the review "
                + "schedule, never a list of people: ask the school's office or leader for the names\n");
    }

    @Test
    void aGovernorsReportIsItsSchoolsPackWithFiguresOnly() throws Exception {
        String governor = TestServer.login("governor");
        assertThat(CliRun.run("server-grant", "--db", db, "--user", governor, "--role", "governor", "--school",
                "Brook Academy").code()).isZero();
        TestServer.pgpass(home, governor);
        System.setProperty("user.home", home.toString());
        String asGovernor = TestServer.as(trust, governor).toString();
        Path pdf = home.resolve("pack.pdf");
        Path xlsx = home.resolve("pack.xlsx");
        for (String[] names : new String[][] {{}, {"--names"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("report", "--db", asGovernor,
                    "--as-of", "2026-11-24", "--pdf", pdf.toString(), "--xlsx", xlsx.toString()));
            args.addAll(java.util.List.of(names));
            CliRun.Result seen = CliRun.run(args.toArray(String[]::new));
            assertThat(seen.err()).isEmpty();
            assertThat(seen.code()).isZero();
            int pages;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                pages = doc.getNumberOfPages();
            }
            assertThat(seen.out()).isEqualTo("Governors' pack for Brook Academy, Autumn 2026, figures as of 24/11/2026 "
                    + "(figures only: a governor's login names nobody)\n"
                    + "  PDF:  " + pdf + " (" + pages + " pages)\n"
                    + "  XLSX: " + xlsx + " (0 staff \u00d7 0 policies)\n");
        }
    }

    /**
     * docs/server.md's steps with an owner that is not a superuser, as on a trust's server: the administrator makes
     * the group roles and gives the owner the right to hand them out; the owner runs server-init and names the first
     * trust admin, who then gives and takes roles without the owner.
     */
    @Test
    void theDocumentedStepsWorkWithAnOwnerThatIsNotASuperuser() {
        String owner = TestServer.login("owner");
        String admin = TestServer.login("admin");
        String governor = TestServer.login("governor");
        TestServer.admin("DO $$DECLARE r TEXT; BEGIN FOREACH r IN ARRAY ARRAY['tracker_trust_admin', "
                + "'tracker_school_office', 'tracker_school_leader', 'tracker_governor'] LOOP "
                + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); "
                + "END IF; END LOOP; END$$",
                "GRANT tracker_trust_admin, tracker_school_office, tracker_school_leader, tracker_governor TO " + owner
                        + " WITH ADMIN OPTION");
        ServerAddress empty = TestServer.emptyDatabase();
        TestServer.admin("ALTER DATABASE " + empty.database() + " OWNER TO " + owner);
        TestServer.pgpass(home, owner, admin, governor);
        System.setProperty("user.home", home.toString());
        String asOwner = TestServer.as(empty, owner).toString();
        String asAdmin = TestServer.as(empty, admin).toString();
        assertThat(CliRun.run("server-init", "--db", asOwner).code()).isZero();
        assertOut(CliRun.run("server-grant", "--db", asOwner, "--user", admin, "--role", "trust-admin"),
                admin + ": granted trust-admin (the whole trust)\n");
        assertOut(CliRun.run("server-grant", "--db", asAdmin, "--user", governor, "--role", "governor"),
                governor + ": granted governor (the whole trust)\n");
        CliRun.Result figures = CliRun.run("summary", "--db", TestServer.as(empty, governor).toString(), "--json");
        assertThat(figures.err()).isEmpty();
        assertThat(figures.code()).isZero();
        assertOut(CliRun.run("server-revoke", "--db", asAdmin, "--user", governor),
                governor + ": revoked governor (the whole trust)\n");
        assertThat(CliRun.run("summary", "--db", TestServer.as(empty, governor).toString()).err())
                .isEqualTo("error: " + governor + " may not read the tracker's tables on " + TestServer.as(empty, governor)
                        + ": ask whoever looks after the server to give it a tracker role (docs/server.md)\n");
    }

    /** The JSON from {@code key} to the end of its line, or of its object when it opens one. */
    private static String block(String json, String key) {
        int from = json.indexOf(key);
        assertThat(from).as(key).isNotNegative();
        int end = json.charAt(json.indexOf(':', from) + 2) == '{' ? json.indexOf('}', from) : json.indexOf('\n', from);
        return json.substring(from, end);
    }

    private static void assertOut(CliRun.Result r, String out) {
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(out);
        assertThat(r.code()).isZero();
    }

    private static void assertErr(CliRun.Result r, String err) {
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(err);
        assertThat(r.code()).isEqualTo(1);
    }
}
